import { errorText } from '../adapter/sheets-service';
import { actions } from '../actions';
import { localNow } from '../infra/clock';
import { busyWith, type Lease } from '../infra/lease';
import type { ActionContext, ActionOutcome } from '../infra/run-action';

/** The handler of the one-off retry trigger: the registry's `monthlyRetry` global. */
const monthlyRetryHandler = actions.monthlyRetry.global;

/** How long after finding the lease busy the monthly send tries again (a lease lives 7 minutes at most). */
const monthlyRetryDelayMs = 15 * 60 * 1000;

/**
 * Deletes this user's retry triggers: a one-off trigger that has fired stays listed until deleted,
 * and only one retry should be waiting.
 */
export function clearMonthlyRetries(): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === monthlyRetryHandler) ScriptApp.deleteTrigger(trigger);
  }
}

/**
 * The monthly send could not send now: it tries again `monthlyRetryDelayMs` later the same day
 * through a one-off time trigger (`ScriptApp…timeBased().after(ms)`), and `Журнал` says so. When no
 * retry fits in the day (in the committee's zone), or the trigger cannot be made, `Журнал` says the
 * month's summary is not sent and how to send it, so a month is never skipped in silence.
 *
 * @param ctx - the monthly action
 * @param why - what stands in the way, in Russian («идёт сборка сводки …»)
 */
export function retryMonthly(ctx: ActionContext, why: string): ActionOutcome {
  const at = new Date(Date.now() + monthlyRetryDelayMs);
  const then = localNow(ctx.books.timeZone(), at);
  const byHand = 'сводка за этот месяц не отправлена: отправьте её кнопкой «Отправить сводку сейчас»';
  if (then.date !== ctx.now.date) {
    const message = `Ежемесячная рассылка: ${why}; повторить сегодня уже некогда, ${byHand}.`;
    return { ok: false, message };
  }
  try {
    clearMonthlyRetries();
    ScriptApp.newTrigger(monthlyRetryHandler).timeBased().after(monthlyRetryDelayMs).create();
  } catch (error) {
    return {
      ok: false,
      message: `Ежемесячная рассылка: ${why}; повтор назначить не удалось (${errorText(error)}), ${byHand}.`,
    };
  }
  return { ok: true, message: `Ежемесячная рассылка отложена: ${why}. Повтор сегодня около ${then.time}.` };
}

/**
 * The monthly send found the lease busy (a build, a check, reminders…, or a lock that stayed busy):
 * it tries again later the same day (`retryMonthly`).
 *
 * @param ctx - the monthly action
 * @param holder - who holds the lease (null: the script lock stayed busy)
 */
export function scheduleMonthlyRetry(ctx: ActionContext, holder: Lease | null): ActionOutcome {
  return retryMonthly(ctx, `идёт ${busyWith(holder)}`);
}
