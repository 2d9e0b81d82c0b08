import { type LocalTime, russianDateTime } from './clock';
import { type Lease, leaseProperty } from './stored-values';

export type { Lease } from './stored-values';

/** An Apps Script execution stops after 6 minutes: a lease lives a little longer. */
export const leaseMillis = 7 * 60 * 1000;

/** The lease in force, or null (none, or expired). */
export function currentLease(nowMs: number = Date.now()): Lease | null {
  const lease = leaseProperty.read();
  return lease && lease.expires > nowMs ? lease : null;
}

function scriptLock(): GoogleAppsScript.Lock.Lock {
  return LockService.getDocumentLock() ?? LockService.getScriptLock();
}

function underLock<T>(body: () => T): T {
  const lock = scriptLock();
  lock.waitLock(20_000);
  try {
    return body();
  } finally {
    lock.releaseLock();
  }
}

/** The outcome of `withLease`: the body's result, or who holds the lease. */
export type LeaseOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly holder: Lease };

/**
 * Runs `body` holding the one build lease: taken and released under the script lock (so two
 * executions never both take it), held in document properties while the body runs (so the body
 * itself needs no lock and a second caller learns who builds and since when).
 *
 * @param who - the user's email (or a trigger's name)
 * @param now - the moment, in the committee's zone, shown as `since`
 * @param what - what runs, shown to a second caller
 */
export function withLease<T>(who: string, now: LocalTime, body: () => T, what = 'сборка сводки'): LeaseOutcome<T> {
  const token = `${Date.now()}-${Math.floor(Math.random() * 1e9)}`;
  const taken = underLock((): Lease | null => {
    const holder = currentLease();
    if (holder) return holder;
    leaseProperty.write({
      who,
      what,
      since: russianDateTime(now),
      expires: Date.now() + leaseMillis,
      token,
    });
    return null;
  });
  if (taken) return { ok: false, holder: taken };
  try {
    return { ok: true, value: body() };
  } finally {
    underLock(() => {
      if (leaseProperty.read()?.token === token) leaseProperty.write(null);
    });
  }
}

/** The Russian refusal shown to a second caller. */
export function leaseRefusal(holder: Lease): string {
  return `Уже идёт ${holder.what ?? 'сборка сводки'}: её запустил(а) ${holder.who || 'другой сотрудник'} в ${holder.since}. Дождитесь окончания и повторите.`;
}

/** A second caller refused by the lease: the message says who and since when. */
export class LeaseRefusedError extends Error {
  override readonly name = 'LeaseRefusedError';
  constructor(readonly holder: Lease) {
    super(leaseRefusal(holder));
  }
}
