import { errorText, UserFacingError } from '../adapter/sheets-service';

/** How long an action waits for the script lock: under it the lease is only read and written. */
const scriptLockWaitMs = 20_000;

/** What a user reads when the script lock stays busy (Google's own text is English). */
export const lockBusyMessage =
  'Таблицу сейчас занимает другое действие Профкарты: подождите минуту и повторите. Если это повторяется, посмотрите последние строки листа «Журнал».';

/** Whether an error is Apps Script's lock timeout («Lock timeout: another process was holding the lock…»). */
export function isLockTimeout(error: unknown): boolean {
  return /^Lock timeout\b|another process was holding the lock/i.test(errorText(error));
}

/**
 * Runs `body` holding the script lock (one for every user and every path: menu, sidebar,
 * triggers), or answers `{ ok: false }` when another execution keeps it past `waitMs`.
 *
 * @param body - what runs under the lock (keep it short: reads and writes of properties)
 * @param waitMs - how long to wait for the lock
 * @example tryScriptLock(() => store.getProperty(key)) // { ok: true, value: '…' } | { ok: false }
 */
export function tryScriptLock<T>(
  body: () => T,
  waitMs = scriptLockWaitMs,
): { readonly ok: true; readonly value: T } | { readonly ok: false } {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return { ok: false };
  try {
    return { ok: true, value: body() };
  } finally {
    lock.releaseLock();
  }
}

/**
 * `tryScriptLock`, with a busy lock turned into the Russian `lockBusyMessage` (a `UserFacingError`).
 *
 * @param body - what runs under the lock
 */
export function withScriptLock<T>(body: () => T, waitMs = scriptLockWaitMs): T {
  const locked = tryScriptLock(body, waitMs);
  if (!locked.ok) throw new UserFacingError(lockBusyMessage);
  return locked.value;
}
