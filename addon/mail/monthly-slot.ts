import { documentProperties } from '../infra/properties';
import { monthlyClaimProperty as claimProperty } from '../infra/stored-values';

/** Document property: the month (`YYYY-MM`) of the last monthly send. */
export const lastMonthlySendProperty = 'profkarta.lastMonthlySend';
/** Document property: a monthly send under way `{month, since}`; older than `claimTtlMs` is abandoned. */
export const monthlyClaimProperty = claimProperty.key;
export const claimTtlMs = 30 * 60 * 1000;

export type SlotClaim =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'already_sent' | 'in_progress' | 'locked' };

function locked<T>(run: () => T): T | null {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(30_000)) return null;
  try {
    return run();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Takes the month's one send under the script lock: refused when this month was already sent or
 * another run (a trigger firing twice) is sending it now. The lock is held only for the check, not
 * for the build, so the build's own lease can take it.
 *
 * @param month - `YYYY-MM` in the spreadsheet's time zone
 * @param now - the clock
 */
export function claimMonthlySlot(month: string, now: Date): SlotClaim {
  const claim = locked((): SlotClaim => {
    const props = documentProperties();
    if (props.getProperty(lastMonthlySendProperty) === month) return { ok: false, reason: 'already_sent' };
    // A damaged claim is no claim.
    const current = claimProperty.read(props);
    if (current && current.month === month && now.getTime() - current.since < claimTtlMs) {
      return { ok: false, reason: 'in_progress' };
    }
    claimProperty.write({ month, since: now.getTime() }, props);
    return { ok: true };
  });
  return claim ?? { ok: false, reason: 'locked' };
}

/** Marks the month sent and drops the claim. */
export function completeMonthlySlot(month: string): void {
  locked(() => {
    const props = documentProperties();
    props.setProperty(lastMonthlySendProperty, month);
    props.deleteProperty(monthlyClaimProperty);
  });
}

/** Drops the claim after a failure, so a later run this month may try again. */
export function releaseMonthlySlot(): void {
  locked(() => documentProperties().deleteProperty(monthlyClaimProperty));
}
