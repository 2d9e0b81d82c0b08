import type { IsoDate } from '../../core/dates/iso-date';
import { escapeHtml } from '../../core/report/escape-html';
import { htmlToText } from './html-to-text';
import { formatRuDate } from '../../core/dates/format-ru-date';

export interface SummaryEmailInput {
  readonly asOf: IsoDate;
  readonly schoolYear: string;
  /** The core's key figures and their change since last month, already escaped by the core. */
  readonly keyFiguresHtml: string;
  /** The committee's spreadsheet, for those with access; null leaves the link out. */
  readonly spreadsheetUrl: string | null;
  readonly pdfName: string;
}

export interface SummaryEmail {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

/** The PDF attachment's name: `Сводка ДД.ММ.ГГГГ.pdf`. */
export function summaryPdfName(asOf: IsoDate): string {
  return `Сводка ${formatRuDate(asOf)}.pdf`;
}

/**
 * The monthly email to the committee's leadership: a short Russian letter around the core's key
 * figures, the PDF named. Aggregated figures only; every text not from the core is escaped here.
 */
export function summaryEmail(input: SummaryEmailInput): SummaryEmail {
  const date = formatRuDate(input.asOf);
  const subject = `Профкарта: сводка по дорожной карте профориентации на ${date}`;
  const link = input.spreadsheetUrl
    ? `<p>Таблица комитета с листами «Сводка», «Исполнение ДК», «Реестр уровней» и «Рекомендации»: <a href="${escapeHtml(input.spreadsheetUrl)}">открыть</a> (доступ есть у сотрудников комитета).</p>`
    : '';
  const html = [
    '<!doctype html><html lang="ru"><head><meta charset="utf-8"></head>',
    '<body style="font-family:Arial,sans-serif;font-size:14px;color:#202124;line-height:1.45">',
    '<p>Здравствуйте!</p>',
    `<p>Ежемесячная сводка по дорожной карте профориентации (профминимум) по состоянию на <b>${escapeHtml(date)}</b>, учебный год ${escapeHtml(input.schoolYear)}.</p>`,
    `<div class="key-figures">${input.keyFiguresHtml}</div>`,
    `<p>Полная сводка по городу и районам — во вложении: <b>${escapeHtml(input.pdfName)}</b>.</p>`,
    link,
    '<p style="color:#5f6368;font-size:12px">Письмо сформировано автоматически надстройкой «Профкарта». В письме и во вложении только сводные показатели, без персональных данных.</p>',
    '</body></html>',
  ].join('\n');
  return { subject, html, text: htmlToText(html) };
}
