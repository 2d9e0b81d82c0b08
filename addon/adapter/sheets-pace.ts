/**
 * Requests of a kind a paced job sends per minute: the Sheets API allows 60 read and 60 write
 * requests per minute per user (https://developers.google.com/sheets/api/limits); 10 are left for
 * the reads every action starts with, so an action run right after a long one is not refused.
 */
export const sheetsPerMinute = 50;
const minute = 60_000;
const tries = 5;

function quotaError(error: unknown): boolean {
  return /\b429\b|Quota exceeded|rateLimitExceeded/i.test(error instanceof Error ? error.message : String(error));
}

/**
 * Keeps one job within the Sheets API quota when it calls per file (hundreds of organisation
 * files): before each request it waits (`Utilities.sleep`) until fewer than 50 of its kind were sent
 * in the last minute, and an HTTP 429 all the same (another execution used the quota) is retried
 * after a pause, up to 5 times. Only for calls that change nothing when refused (one `batchUpdate`,
 * a read).
 *
 * @example const pace = new SheetsPace(); pace.call('write', () => writeBatches(id, writes))
 */
export class SheetsPace {
  private readonly sent = { read: [] as number[], write: [] as number[] };

  /**
   * Runs `fn`, which sends `requests` requests of one kind, within the quota.
   *
   * @param kind - reads or writes
   * @param fn - the call
   * @param requests - how many requests `fn` sends
   */
  call<T>(kind: 'read' | 'write', fn: () => T, requests = 1): T {
    const times = this.sent[kind];
    for (let i = 0; i < requests; i++) {
      const now = Date.now();
      while (times.length > 0 && now - times[0]! >= minute) times.shift();
      if (times.length >= sheetsPerMinute) {
        Utilities.sleep(minute - (now - times[0]!));
        i--;
      } else times.push(now);
    }
    for (let attempt = 1; ; attempt++) {
      try {
        return fn();
      } catch (error) {
        if (attempt >= tries || !quotaError(error)) throw error;
        Utilities.sleep(15_000 * attempt);
      }
    }
  }
}
