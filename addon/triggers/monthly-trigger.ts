import { actions } from '../actions';
import { clearMonthlyRetries } from '../mail/monthly-retry';
import { withScriptLock } from '../infra/script-lock';
import { effectiveUserEmail } from '../infra/committee-guard';
import { type MonthlyTriggerRecord, monthlyTriggerProperty as recordProperty } from '../infra/stored-values';
import { zoneLabel } from '../../core/dates/zone-label';

/** The handler the monthly trigger runs: the registry's `monthly` global. */
const monthlyHandler = actions.monthly.global;

export interface MonthlyTriggerState {
  /** The current user has the trigger, or the record says someone else installed it. */
  readonly installed: boolean;
  readonly hour: number | null;
  /** Who installed it, when known. */
  readonly by: string | null;
}

export interface TriggerOutcome {
  readonly ok: boolean;
  readonly message: string;
}

function ownMonthlyTriggers(): GoogleAppsScript.Script.Trigger[] {
  // getProjectTriggers lists only the current user's triggers of this project.
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === monthlyHandler);
}

/**
 * Installs the monthly trigger: day 1 at `hour` in the script's time zone, handler `monthlyJob`.
 * Installing again replaces the current user's trigger, never adds a second one.
 *
 * @param at - 0–23: `Час отправки сводки` as `readSettings` read it (default 8), or as the sidebar saved it
 */
export function installMonthlyTriggerAt(at: number): TriggerOutcome {
  const timeZone = Session.getScriptTimeZone();
  // Two staff clicking «Включить» at once must still leave one trigger.
  return withScriptLock(() => {
    for (const trigger of ownMonthlyTriggers()) ScriptApp.deleteTrigger(trigger);
    ScriptApp.newTrigger(monthlyHandler).timeBased().onMonthDay(1).atHour(at).inTimezone(timeZone).create();
    const record: MonthlyTriggerRecord = { hour: at, timeZone, by: effectiveUserEmail(), at: new Date().toISOString() };
    recordProperty.write(record);
    return {
      ok: true,
      message: `Ежемесячная рассылка включена: 1-го числа каждого месяца в ${at}:00, ${zoneLabel(timeZone, Utilities.formatDate(new Date(), timeZone, 'Z'))}.`,
    };
  });
}

/**
 * Removes the current user's monthly trigger. A trigger that another user installed cannot be
 * removed by this user (Apps Script shows each user only their own triggers): the message names them.
 */
export function removeMonthlyTriggerNow(): TriggerOutcome {
  return withScriptLock(() => {
    const own = ownMonthlyTriggers();
    for (const trigger of own) ScriptApp.deleteTrigger(trigger);
    // A retry of a send that found the table busy goes too: switched off means no more emails.
    clearMonthlyRetries();
    const record = recordProperty.read();
    if (own.length === 0 && record?.by && record.by !== effectiveUserEmail()) {
      return {
        ok: false,
        message: `Рассылку включил пользователь ${record.by}: выключить её можно только из его панели Профкарты.`,
      };
    }
    recordProperty.write(null);
    return { ok: true, message: 'Ежемесячная рассылка выключена.' };
  });
}

/** What the sidebar shows: installed or not, at which hour, by whom. */
export function monthlyTriggerState(): MonthlyTriggerState {
  const own = ownMonthlyTriggers().length > 0;
  const record = recordProperty.read();
  return { installed: own || record !== null, hour: record?.hour ?? null, by: record?.by ?? null };
}

/**
 * After the sidebar saved a new `Час отправки сводки`: a running monthly send moves to the new hour;
 * a switched-off one stays off (saving the hour is not switching it on).
 *
 * @param at - the hour just saved, 0–23
 */
export function applySendHour(at: number): TriggerOutcome {
  if (!monthlyTriggerState().installed) {
    return { ok: true, message: `Час отправки сохранён: ${at}:00. Ежемесячная рассылка выключена.` };
  }
  const outcome = installMonthlyTriggerAt(at);
  return outcome.ok ? { ok: true, message: `Час отправки сохранён: ${at}:00. ${outcome.message}` } : outcome;
}
