import { type PaceWindow, paceProperty } from '../infra/stored-values';

/**
 * Requests a minute the add-on sends to organisation files, reads and writes counted apart: of the
 * 60 read and 60 write requests a minute a user may send to the Sheets API ("Per minute per user
 * per project: 60", https://developers.google.com/sheets/api/limits), the rest stays for the
 * committee spreadsheet's own reads and writes and the sidebar.
 */
export const filesPerMinute = 45;

type Kind = 'reads' | 'writes';

/** A window is waited out a second longer than its minute: clocks differ by a little. */
const minuteMs = 61_000;
/** A request that meets the quota all the same is tried again this many times, each in the next minute. */
const retries = 2;

/** Whether an advanced service's error is the per-minute quota (HTTP 429). */
export function isRateLimit(error: unknown): boolean {
  const code = (error as { details?: { code?: unknown } } | null)?.details?.code;
  return code === 429 || /\b429\b|Quota exceeded|rateLimitExceeded/i.test(String((error as Error)?.message ?? error));
}

/**
 * The one pace of the add-on's requests to organisation files (creating and upgrading them, reading
 * them, writing results back): at most `filesPerMinute` reads in a minute and as many writes (each
 * kind its own window, opened by its first request; a full window waits with `Utilities.sleep` for
 * the next), none after the deadline. The windows are the user's (the quota is per user) and kept
 * between executions in the user's properties (`open`, `save`), so an action run right after
 * another, or after tab creation, still waits its turn. A 429 all the same (another execution used
 * the quota) fills the window, and the request is tried again in the next one.
 *
 * @example const pace = SheetsPace.open(Date.now() + 270_000); pace.run('reads', () => Sheets.Spreadsheets.get(id)); pace.save();
 */
export class SheetsPace {
  private readonly window: { -readonly [K in keyof PaceWindow]: PaceWindow[K] };

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

  /** A pace that goes on from the windows the user's last run kept. */
  static open(deadline: number, onWait?: () => void): SheetsPace {
    return new SheetsPace(deadline, paceProperty.read(), onWait);
  }

  /** Keeps the windows for the user's next run. */
  save(): void {
    paceProperty.write(this.state());
  }

  /** The windows as they stand. */
  state(): PaceWindow {
    return { ...this.window };
  }

  /** Waits until `n` more requests of this kind fit; false when they would not start before the deadline. */
  private take(kind: Kind, n: number): boolean {
    const at = kind === 'reads' ? 'readsAt' : 'writesAt';
    const w = this.window;
    if (Date.now() >= this.deadline) return false;
    if (Date.now() - w[at] >= minuteMs) {
      w[at] = Date.now();
      w[kind] = 0;
    }
    if (w[kind] + n > filesPerMinute) {
      const next = w[at] + minuteMs;
      if (next >= this.deadline) return false;
      this.onWait();
      Utilities.sleep(Math.max(0, next - Date.now()));
      w[at] = Date.now();
      w[kind] = 0;
    }
    w[kind] += n;
    return true;
  }

  /**
   * Runs a call to a file when the quota and the time allow: its result, or null when the deadline
   * came first. Errors other than the quota's are the caller's.
   *
   * @param kind - `reads` or `writes`
   * @param request - the call; tried again after a 429, so it must change nothing when refused
   * @param n - how many requests of that kind it sends
   * @example pace.run('reads', () => Sheets.Spreadsheets.get(id, { fields })) // null: out of time
   */
  run<T>(kind: Kind, request: () => T, n = 1): { readonly value: T } | null {
    for (let attempt = 0; ; attempt++) {
      if (!this.take(kind, n)) return null;
      try {
        return { value: request() };
      } catch (error) {
        if (attempt >= retries || !isRateLimit(error)) throw error;
        this.window[kind] = filesPerMinute;
      }
    }
  }
}
