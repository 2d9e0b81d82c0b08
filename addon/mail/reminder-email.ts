import type { IsoDate } from '../../core/dates/iso-date';
import { escapeHtml } from '../../core/report/escape-html';
import { htmlToText } from './html-to-text';
import type { ReminderOrg, ReminderProblem } from './remind-ports';
import { formatRuDate } from '../../core/dates/format-ru-date';

/** A reminder lists this many problems; the rest are on the organisation's tab. */
const listedProblems = 25;

const severityWords: Readonly<Record<ReminderProblem['severity'], string>> = {
  error: 'ошибка',
  warning: 'предупреждение',
  info: 'сведения',
};

const rank: Readonly<Record<ReminderProblem['severity'], number>> = { error: 0, warning: 1, info: 2 };

function problemLine(problem: ReminderProblem): string {
  // A problem of no one cell (an empty form) is the form's as a whole.
  const where = problem.cell ? `ячейка ${escapeHtml(problem.cell)}` : 'лист в целом';
  const place = problem.url ? `<a href="${escapeHtml(problem.url)}">${where}</a>` : where;
  return `<li>${place} (${severityWords[problem.severity]}): ${escapeHtml(problem.message)}</li>`;
}

function lead(org: ReminderOrg, asOf: IsoDate, deadline: IsoDate | null): string {
  const name = `«${escapeHtml(org.name)}» (код ${escapeHtml(org.code)})`;
  const due = deadline ? ` Срок сдачи — ${formatRuDate(deadline)}.` : '';
  if (org.status === 'errors') {
    return `<p>Отчёт организации ${name} по дорожной карте профориентации (профминимум) проверен по состоянию на ${formatRuDate(asOf)}: в нём есть ошибки, поэтому он пока не считается сданным.${due}</p>`;
  }
  if (org.status === 'missing') {
    return `<p>Лист организации ${name} не найден в таблице отчётов: возможно, его переименовали или удалили. Пожалуйста, сообщите об этом в комитет — лист создадут заново.${due}</p>`;
  }
  return `<p>По состоянию на ${formatRuDate(asOf)} отчёт организации ${name} по дорожной карте профориентации (профминимум) ещё не заполнен.${due}</p>`;
}

/**
 * The reminder to one organisation: polite Russian, its own problems only (cell and message, each a
 * link), what to do, and a link to its tab. Every text from the directory or the check is escaped.
 */
export function reminderEmail(
  org: ReminderOrg,
  context: { readonly asOf: IsoDate; readonly deadline: IsoDate | null; readonly reportsUrl: string | null },
): { subject: string; html: string; text: string } {
  const subject =
    org.status === 'errors'
      ? `Профкарта: в отчёте «${org.name}» есть ошибки`
      : `Профкарта: ждём отчёт «${org.name}» по дорожной карте профориентации`;
  const problems = [...org.problems].sort((a, b) => rank[a.severity] - rank[b.severity]);
  const listed = problems.slice(0, listedProblems).map(problemLine);
  const more = problems.length - listed.length;
  const link = org.tabUrl ?? context.reportsUrl;
  const parts = [
    '<!doctype html><html lang="ru"><head><meta charset="utf-8"></head>',
    '<body style="font-family:Arial,sans-serif;font-size:14px;color:#202124;line-height:1.45">',
    '<p>Здравствуйте!</p>',
    lead(org, context.asOf, context.deadline),
    listed.length > 0 ? `<p>Что нужно исправить:</p><ol>${listed.join('')}</ol>` : '',
    more > 0 ? `<p>И ещё замечаний: ${more} — все они отмечены на листе.</p>` : '',
    org.status === 'errors'
      ? '<p>Ячейки с замечаниями выделены цветом, а в примечании к каждой сказано, что не так и что ожидается. Результат проверки — в верхних строках листа; он обновится при следующей проверке.</p>'
      : '<p>Заполните, пожалуйста, все разделы формы на своём листе: подсказки стоят рядом с каждым полем.</p>',
    link ? `<p><a href="${escapeHtml(link)}">Открыть лист организации ${escapeHtml(org.code)}</a></p>` : '',
    '<p>Спасибо!<br>Комитет по делам образования</p>',
    '<p style="color:#5f6368;font-size:12px">Письмо отправлено автоматически надстройкой «Профкарта»; отвечать на него не нужно. Если вы уже всё исправили, просто не обращайте на него внимания.</p>',
    '</body></html>',
  ];
  const html = parts.filter((p) => p !== '').join('\n');
  return { subject, html, text: htmlToText(html) };
}
