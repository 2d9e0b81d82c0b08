/**
 * Requests a minute the add-on sends to organisation files, reads and writes counted apart: of the
 * 60 read and 60 write requests a minute a user may send to the Sheets API ("Per minute per user
 * per project: 60", https://developers.google.com/sheets/api/limits), the rest stays for the
 * committee spreadsheet's own reads and the sidebar.
 */
export const filesPerMinute = 45;

/** A job starts no request to a file after this (ms from its start): an execution ends at 6 minutes. */
export const filesBudgetMs = 270_000;

/** The current one-minute window of requests to files: when it opened (epoch ms) and what it holds. */
export interface PaceWindow {
  readonly start: number;
  readonly reads: number;
  readonly writes: number;
}

const minuteMs = 60_000;

/** Whether an advanced service's error is the per-minute quota (HTTP 429). */
export function isRateLimit(error: unknown): boolean {
  const code = (error as { details?: { code?: unknown } } | null)?.details?.code;
  return code === 429 || /\b429\b|Quota exceeded|rateLimitExceeded/i.test(String((error as Error)?.message ?? error));
}

/**
 * Paces requests to organisation files within the per-minute quota and the execution's time: at
 * most `filesPerMinute` reads and as many writes in each minute (a full minute waits with
 * `Utilities.sleep` for the next one), none after the deadline. The window is kept between
 * executions (`state`), so a run that follows another at once still waits its turn. A 429 closes
 * the window and the request is tried once more in the next one.
 */
export class QuotaPace {
  private window: { start: number; reads: number; writes: number } | null;

  /**
   * @param deadline - epoch ms after which no request starts
   * @param window - the window left by the previous run, if any
   * @param onWait - called before waiting for the next minute (e.g. to save what was read)
   */
  constructor(
    readonly deadline: number,
    window: PaceWindow | null = null,
    private readonly onWait: () => void = () => {},
  ) {
    this.window = window ? { ...window } : null;
  }

  /** The window as it stands, to keep for the next run. */
  state(): PaceWindow | null {
    return this.window ? { ...this.window } : null;
  }

  /** Waits until one more request of this kind fits; false when it would not start before the deadline. */
  private take(kind: 'reads' | 'writes'): boolean {
    let now = Date.now();
    if (now >= this.deadline) return false;
    if (!this.window || now - this.window.start >= minuteMs) this.window = { start: now, reads: 0, writes: 0 };
    if (this.window[kind] >= filesPerMinute) {
      const next = this.window.start + minuteMs;
      if (next >= this.deadline) return false;
      this.onWait();
      now = Date.now();
      if (next > now) Utilities.sleep(next - now);
      this.window = { start: Date.now(), reads: 0, writes: 0 };
    }
    this.window[kind]++;
    return true;
  }

  /**
   * Runs one request to a file when the quota and the time allow: its result, or null when the
   * deadline came first. Errors other than the quota's are the caller's.
   *
   * @param kind - `reads` or `writes`
   * @param request - the call
   * @example pace.run('reads', () => Sheets.Spreadsheets.get(id, { fields })) // null: out of time
   */
  run<T>(kind: 'reads' | 'writes', request: () => T): { readonly value: T } | null {
    for (let attempt = 0; ; attempt++) {
      if (!this.take(kind)) return null;
      try {
        return { value: request() };
      } catch (error) {
        if (attempt > 0 || !isRateLimit(error)) throw error;
        this.window![kind] = filesPerMinute;
      }
    }
  }
}
