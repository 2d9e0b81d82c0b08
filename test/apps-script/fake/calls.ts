/** Counts every call the code under test makes to a fake service, by `Service.method`. */
export class CallCounter {
  readonly counts = new Map<string, number>();
  /** Called before each call is counted (the fake clock and the time limit); may throw to refuse it. */
  onCall: ((name: string) => void) | null = null;

  add(name: string): void {
    this.onCall?.(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  get(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** Sum over names starting with a prefix, e.g. `Sheets.` or `SpreadsheetApp`. */
  total(prefix = ''): number {
    let sum = 0;
    for (const [name, n] of this.counts) if (name.startsWith(prefix)) sum += n;
    return sum;
  }

  reset(): void {
    this.counts.clear();
  }

  /** Sorted plain object, for printing and snapshots. */
  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }
}

/**
 * Wraps an object so that each method call is counted as `prefix.method`; returned objects are
 * not wrapped (facades wrap their own children).
 */
export function counted<T extends object>(target: T, prefix: string, counter: CallCounter): T {
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver);
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      return (...args: unknown[]) => {
        counter.add(`${prefix}.${key}`);
        return (value as (...a: unknown[]) => unknown).apply(obj, args);
      };
    },
  });
}
