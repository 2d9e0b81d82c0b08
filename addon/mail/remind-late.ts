import { errorText } from '../adapter/sheets-service';
import { isoDateInZone } from '../../core/dates/iso-date-in-zone';
import type { IsoDate } from '../../core/dates/iso-date';
import { remindProgressProperty as progressProperty } from '../infra/stored-values';
import { daysBetween } from '../../core/dates/days-between';
import { countOf } from '../../core/issues/count-of';
import { plural } from '../../core/issues/plural';
import { checkRecipients } from './recipients';
import { reminderEmail } from './reminder-email';
import type { ReminderOrg, RemindPorts } from './remind-ports';
import type { ActionContext } from '../infra/run-action';
import type { SidebarResult } from '../sidebar-protocol';
import { assertLease } from '../infra/lease';
import { addonRemindSources } from './remind-sources';
import { type RemindSources, remindPortsFor } from './remind-ports-for';

/** Leave a minute of the 6-minute execution limit for writing `Состояние` and `Журнал`. */
const remindTimeBudgetMs = 4.5 * 60 * 1000;

export interface RemindOutcome {
  readonly ok: boolean;
  readonly message: string;
  readonly progress?: { readonly done: number; readonly total: number };
  readonly counts?: Readonly<Record<string, number>>;
}

/** Late and erring organisations not reminded within `days`, by district then code. */
function dueReminders(
  orgs: readonly ReminderOrg[],
  lastReminder: ReadonlyMap<string, IsoDate | null>,
  today: IsoDate,
  days: number,
): ReminderOrg[] {
  return orgs
    .filter((org) => {
      const last = lastReminder.get(org.code) ?? null;
      return last === null || daysBetween(last, today) >= days;
    })
    .sort((a, b) => a.district.localeCompare(b.district, 'ru') || a.code.localeCompare(b.code, 'ru'));
}

/**
 * «Напомнить не сдавшим»: one email per late or erring organisation to its directory addresses,
 * listing its own problems, at most once per `Напоминать не чаще, дней`. When the mail quota runs
 * out the rest stay due (their `Последнее напоминание` is unchanged) and the next run continues the
 * round, counting «отправлено N из M» across runs; when time runs out the sidebar calls again.
 */
export function sendReminders(ports: RemindPorts, startedAt = Date.now()): RemindOutcome {
  const input = ports.load();
  const now = ports.now();
  const today = isoDateInZone(now, ports.timeZone()) ?? now.toISOString().slice(0, 10);
  const due = dueReminders(input.orgs, input.lastReminder, today, input.remindEveryDays);
  const before = progressProperty.read();
  const sentBefore = before?.sent ?? 0;
  const total = sentBefore + due.length;

  const sent: { code: string; date: IsoDate }[] = [];
  const noAddress: string[] = [];
  const failed: string[] = [];
  let stop: 'quota' | 'time' | null = null;
  for (const org of due) {
    if (Date.now() - startedAt > remindTimeBudgetMs) {
      stop = 'time';
      break;
    }
    const addresses = checkRecipients(org.emails);
    if (addresses.valid.length === 0) {
      noAddress.push(org.code);
      continue;
    }
    if (MailApp.getRemainingDailyQuota() < addresses.valid.length) {
      stop = 'quota';
      break;
    }
    const email = reminderEmail(org, input);
    try {
      MailApp.sendEmail({
        to: addresses.valid.join(','),
        subject: email.subject,
        body: email.text,
        htmlBody: email.html,
        name: 'Профкарта',
      });
      sent.push({ code: org.code, date: today });
    } catch (error) {
      failed.push(`${org.code}: ${errorText(error)}`);
    }
  }
  if (sent.length > 0) ports.recordReminders(sent);

  const done = sentBefore + sent.length;
  const skipped = noAddress.length + failed.length;
  const queued = due.length - sent.length - skipped;
  if (stop !== null && queued > 0) {
    progressProperty.write({ sent: done, total: total - skipped });
  } else {
    progressProperty.write(null);
  }

  const of = `${done} из ${total - skipped}`;
  const parts = [`отправлено ${of}`];
  if (noAddress.length > 0) parts.push(`без верного адреса в «Организациях»: ${noAddress.join(', ')}`);
  if (failed.length > 0) parts.push(`почта отказала: ${failed.join('; ')}`);
  if (stop === 'quota' && queued > 0)
    parts.push(
      `дневная квота писем исчерпана: ещё ${countOf(queued, ['организация', 'организации', 'организаций'])} ${plural(queued, ['получит', 'получат', 'получат'])} напоминание при следующем запуске`,
    );
  if (stop === 'time' && queued > 0)
    parts.push(`в очереди ещё ${countOf(queued, ['организация', 'организации', 'организаций'])}`);
  const outcome = parts.join('; ');
  ports.journal(
    failed.length > 0 ? { what: 'reminder', outcome, failure: failed.join('; ') } : { what: 'reminder', outcome },
  );

  const counts = { sent: done, queued, skipped };
  if (total === 0) {
    return {
      ok: true,
      message: `Напоминать некому: все организации сдали отчёт без ошибок или уже получили напоминание за ${plural(input.remindEveryDays, ['последний', 'последние', 'последние'])} ${countOf(input.remindEveryDays, ['день', 'дня', 'дней'])}.`,
      counts,
    };
  }
  const message = `Напоминания: ${parts.join('; ')}.`;
  // Out of time, not of quota: the sidebar calls again at once and the round goes on.
  return stop === 'time' && queued > 0
    ? { ok: true, message, progress: { done, total: total - skipped }, counts }
    : { ok: true, message, counts };
}

/** A round left part-way, for the sidebar's «Не завершено: … N из M». */
export function pendingReminders(): { readonly done: number; readonly total: number } | null {
  const progress = progressProperty.read();
  return progress ? { done: progress.sent, total: progress.total } : null;
}

/**
 * Reminders inside an action (the sidebar's `remind`, the menu), under the action's lease, since
 * they rewrite `Состояние` and a build running meanwhile must not lose its own writes. Writes its
 * own `Журнал` line.
 */
export function remindJob(
  ctx: ActionContext,
  sources: RemindSources = addonRemindSources(),
): SidebarResult & { journaled: true } {
  assertLease(ctx, 'remindJob');
  return { ...sendReminders(remindPortsFor(ctx, sources)), journaled: true } as SidebarResult & { journaled: true };
}
