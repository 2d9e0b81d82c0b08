/**
 * Requests a minute the add-on sends to organisation files, reads and writes counted apart: of the
 * 60 read and 60 write requests a minute a user may send to the Sheets API ("Per minute per user
 * per project: 60", https://developers.google.com/sheets/api/limits), the rest stays for the
 * committee spreadsheet's own reads and the sidebar.
 */
export const filesPerMinute = 45;

/** A job starts no request to a file after this (ms from its start): an execution ends at 6 minutes. */
export const filesBudgetMs = 270_000;

/** The current one-minute windows of requests to files, reads and writes apart: when each opened (epoch ms), and what it holds. */
export interface PaceWindow {
  readonly readsAt: number;
  readonly reads: number;
  readonly writesAt: number;
  readonly writes: number;
}

type Kind = 'reads' | 'writes';

/** A window is waited out a second longer than its minute: clocks differ by a little. */
const minuteMs = 61_000;

/** Whether an advanced service's error is the per-minute quota (HTTP 429). */
export function isRateLimit(error: unknown): boolean {
  const code = (error as { details?: { code?: unknown } } | null)?.details?.code;
  return code === 429 || /\b429\b|Quota exceeded|rateLimitExceeded/i.test(String((error as Error)?.message ?? error));
}

/**
 * Paces requests to organisation files within the per-minute quota and the execution's time: at
 * most `filesPerMinute` reads in a minute and as many writes (each kind its own window, opened by
 * its first request; a full window waits with `Utilities.sleep` for the next), none after the
 * deadline. The windows are kept between executions (`state`), so a run that follows another at
 * once still waits its turn. A 429 fills the window and the request is tried once more in the next.
 */
export class QuotaPace {
  private window: { readsAt: number; reads: number; writesAt: number; writes: number };

  /**
   * @param deadline - epoch ms after which no request starts
   * @param window - the windows left by the previous run, if any
   * @param onWait - called before waiting for the next minute (e.g. to save what was read)
   */
  constructor(
    readonly deadline: number,
    window: PaceWindow | null = null,
    private readonly onWait: () => void = () => {},
  ) {
    this.window = window ? { ...window } : { readsAt: 0, reads: 0, writesAt: 0, writes: 0 };
  }

  /** The windows as they stand, to keep for the next run. */
  state(): PaceWindow {
    return { ...this.window };
  }

  /** Waits until one more request of this kind fits; false when it would not start before the deadline. */
  private take(kind: Kind): boolean {
    const at = kind === 'reads' ? 'readsAt' : 'writesAt';
    const w = this.window;
    if (Date.now() >= this.deadline) return false;
    if (Date.now() - w[at] >= minuteMs) {
      w[at] = Date.now();
      w[kind] = 0;
    }
    if (w[kind] >= filesPerMinute) {
      const next = w[at] + minuteMs;
      if (next >= this.deadline) return false;
      this.onWait();
      Utilities.sleep(Math.max(0, next - Date.now()));
      w[at] = Date.now();
      w[kind] = 0;
    }
    w[kind]++;
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
  run<T>(kind: Kind, request: () => T): { readonly value: T } | null {
    for (let attempt = 0; ; attempt++) {
      if (!this.take(kind)) return null;
      try {
        return { value: request() };
      } catch (error) {
        if (attempt > 0 || !isRateLimit(error)) throw error;
        this.window[kind] = filesPerMinute;
      }
    }
  }
}
