import { apiError } from './api-error';
import type { FakeWorld } from './world';

/**
 * The Sheets API's per-user quotas (https://developers.google.com/sheets/api/limits): 60 read and
 * 60 write requests per minute per user; "read requests are calls to any method that retrieves data
 * from a spreadsheet, such as get", "write requests … any method that changes a spreadsheet, such as
 * update, clear"; each call is one request whatever it holds. The quotas "are refilled every minute":
 * the fake counts each user's requests in a one-minute window of the fake clock that opens with the
 * first request, and past the limit answers HTTP 429 with the metric and limit Google names.
 */

export type QuotaMetric = 'Read' | 'Write';

/** Counts one request of the acting user, or throws the 429 Google answers past the limit. */
export function takeSheetsQuota(world: FakeWorld, metric: QuotaMetric, method: string): void {
  const user = world.actingUser() || 'anonymous';
  const key = `${metric}:${user}`;
  const limit = metric === 'Read' ? world.sheetsQuota.reads : world.sheetsQuota.writes;
  let window = world.quotaWindows.get(key);
  if (!window || world.now - window.start >= 60_000) {
    window = { start: world.now, count: 0 };
    world.quotaWindows.set(key, window);
  }
  if (window.count >= limit) {
    throw apiError(
      method,
      429,
      `Quota exceeded for quota metric '${metric} requests' and limit '${metric} requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:000000000000'.`,
      'rateLimitExceeded',
    );
  }
  window.count++;
}
