import { errorText } from '../adapter/sheets-service';
import { formatRuMonth } from '../../core/dates/format-ru-date';
import { countOf } from '../../core/issues/count-of';
import { isoDateInZone } from '../../core/dates/iso-date-in-zone';
import { ReadingPending } from '../files/reading-pending';
import { localNow } from '../infra/clock';
import { documentProperties } from '../infra/properties';
import { exportSheetPdf } from './export-pdf';
import type { BuiltSummary, SummaryPorts } from './mail-ports';
import { claimMonthlySlot, completeMonthlySlot } from './monthly-slot';
import { findPersonalData } from './personal-data';
import { checkRecipients } from './recipients';
import { summaryEmail, summaryPdfName } from './summary-email';
import type { ActionContext } from '../infra/run-action';
import type { SidebarResult } from '../sidebar-protocol';
import { type SummaryBuilder, summaryPortsFor } from './summary-ports';

/** Document property: when the summary was last emailed (`YYYY-MM-DD HH:MM` in the spreadsheet's zone), for the sidebar. */
/** «отправлено 1 получателю», «3 получателям». */
const receivers = ['получателю', 'получателям', 'получателям'] as const;

export const lastSummarySendProperty = 'profkarta.lastSummarySend';

export interface SendOutcome {
  readonly ok: boolean;
  readonly message: string;
  readonly counts?: Readonly<Record<string, number>>;
}

/**
 * Builds the summary, exports `Сводка` as PDF and emails it with the key figures to
 * `Получатели сводки`; every outcome goes to `Журнал`. `monthly` sends at most once a month
 * (the slot of `monthly-slot.ts`); `now` is on demand, always sends, and leaves the monthly slot alone.
 */
export function sendSummary(kind: 'monthly' | 'now', ports: SummaryPorts): SendOutcome {
  const journalWhat = 'send';
  const label = kind === 'monthly' ? 'ежемесячная рассылка: ' : '';
  const fail = (outcome: string, failure?: string): SendOutcome => {
    const text = label + outcome;
    ports.journal(
      failure === undefined ? { what: journalWhat, outcome: text } : { what: journalWhat, outcome: text, failure },
    );
    const reason = outcome.replace(/^не отправлено: /, '');
    return { ok: false, message: `Сводка не отправлена: ${reason}${failure ? ` (${failure})` : ''}.` };
  };

  const now = ports.now();
  const today = isoDateInZone(now, ports.timeZone()) ?? now.toISOString().slice(0, 10);
  const month = today.slice(0, 7);
  const shownMonth = formatRuMonth(month);
  if (kind === 'monthly') {
    const claim = claimMonthlySlot(month);
    if (!claim.ok) {
      const outcome = `пропущено: сводка за ${shownMonth} уже отправлена`;
      ports.journal({ what: journalWhat, outcome: label + outcome });
      return { ok: true, message: `Сводка не отправлена: ${outcome.replace(/^пропущено: /, '')}.` };
    }
  }

  let built: BuiltSummary;
  try {
    built = ports.build(kind === 'monthly' ? 'monthly' : 'build');
  } catch (error) {
    // Organisation files still to read: the monthly send waits for them (its caller retries).
    if (kind === 'monthly' && error instanceof ReadingPending) throw error;
    return fail('не отправлено: сводку не удалось собрать', errorText(error));
  }

  const recipients = checkRecipients(built.recipients);
  if (recipients.invalid.length > 0) {
    ports.journal({
      what: journalWhat,
      outcome: `${label}неверные адреса в «Получатели сводки» пропущены: ${recipients.invalid.join(', ')}`,
    });
  }
  if (recipients.valid.length === 0) {
    return fail('не отправлено: в «Настройках» → «Получатели сводки» нет ни одного верного адреса');
  }
  const quota = MailApp.getRemainingDailyQuota();
  if (quota < recipients.valid.length) {
    return fail(
      `не отправлено: дневная квота писем исчерпана (осталось ${quota}, нужно ${recipients.valid.length}); повторите завтра или нажмите «Отправить сводку сейчас»`,
    );
  }

  // The export reads the saved spreadsheet: push pending writes first.
  SpreadsheetApp.flush();
  const pdfName = summaryPdfName(built.asOf);
  const pdf = exportSheetPdf(built.committeeSpreadsheetId, built.summaryGid, pdfName);
  if (!pdf.ok) {
    return fail(
      `не отправлено: не удалось выгрузить лист «Сводка» в PDF за ${countOf(pdf.attempts, ['попытку', 'попытки', 'попыток'])}`,
      pdf.reason,
    );
  }

  const email = summaryEmail({
    asOf: built.asOf,
    schoolYear: built.schoolYear,
    keyFiguresHtml: built.keyFiguresHtml,
    spreadsheetUrl: built.committeeSpreadsheetUrl,
    pdfName,
  });
  const personal = findPersonalData(email.html);
  if (personal.length > 0) {
    return fail('не отправлено: в тексте письма оказались телефоны или адреса почты', personal.slice(0, 3).join('; '));
  }

  try {
    MailApp.sendEmail({
      to: recipients.valid.join(','),
      subject: email.subject,
      body: email.text,
      htmlBody: email.html,
      name: 'Профкарта',
      attachments: [pdf.blob],
    });
  } catch (error) {
    return fail('не отправлено: почта отказала', errorText(error));
  }

  if (kind === 'monthly') completeMonthlySlot(month);
  const local = localNow(ports.timeZone(), now);
  documentProperties().setProperty(lastSummarySendProperty, `${local.date} ${local.time}`);
  const bad = recipients.invalid.length;
  ports.journal({
    what: journalWhat,
    outcome: `${label}отправлено ${countOf(recipients.valid.length, receivers)}, вложение «${pdfName}»${bad > 0 ? `; неверных адресов пропущено: ${bad}` : ''}`,
  });
  return {
    ok: true,
    message: `Сводка отправлена ${countOf(recipients.valid.length, receivers)}${bad > 0 ? `; неверные адреса пропущены: ${recipients.invalid.join(', ')}` : ''}.`,
    counts: { sent: recipients.valid.length, badAddresses: bad },
  };
}

/** The send inside an action (for the sidebar's `sendNow`): writes its own `Журнал` lines. */
export function sendSummaryJob(
  ctx: ActionContext,
  kind: 'monthly' | 'now',
  build: SummaryBuilder,
): SidebarResult & { journaled: true } {
  const { ok, message, counts } = sendSummary(kind, summaryPortsFor(ctx, build));
  return counts ? { ok, message, counts, journaled: true } : { ok, message, journaled: true };
}
