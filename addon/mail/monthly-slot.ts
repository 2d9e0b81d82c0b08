import { scriptProperties } from '../infra/properties';

/** Script property: the month (`YYYY-MM`) of the last monthly send. */
const lastMonthlySendProperty = 'profkarta.lastMonthlySend';

export type SlotClaim = { readonly ok: true } | { readonly ok: false; readonly reason: 'already_sent' };

/**
 * The month's one send: refused when this month was already sent. The monthly send runs holding
 * the add-on's one lease (`runAction`), so a second run (a trigger firing twice, a retry) cannot
 * send meanwhile: it finds the lease busy and is retried, then finds the month sent. Kept in the
 * script's properties, which every path has.
 *
 * @param month - `YYYY-MM` in the spreadsheet's time zone
 */
export function claimMonthlySlot(month: string): SlotClaim {
  return scriptProperties().getProperty(lastMonthlySendProperty) === month
    ? { ok: false, reason: 'already_sent' }
    : { ok: true };
}

/** Marks the month sent. */
export function completeMonthlySlot(month: string): void {
  scriptProperties().setProperty(lastMonthlySendProperty, month);
}
