/** One organisation's line of the mail-merge list. */
export interface MailMergeRow {
  readonly code: string;
  readonly name: string;
  readonly emails: readonly string[];
  /** The file to attach, as a full path. */
  readonly file: string;
}

/** The list's headers, in order. */
const mailMergeHeaders = ['Код', 'Наименование', 'Адреса', 'Файл'] as const;

function field(text: string): string {
  // A leading = + - @ would make a spreadsheet read the field as a formula: quote it as text.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[;"\r\n,]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The CSV `split --mail-merge` writes for a mail merge (Thunderbird, Outlook with Word, a script):
 * one line per file with the organisation's code, name, addresses (from `Организации`, joined by
 * `, `) and the file's full path. UTF-8 with a BOM and `;` between fields, so Russian Excel opens it
 * as a table; CRLF line ends. The command line itself sends no email.
 *
 * @param rows - one per file written
 * @example mailMergeCsv([{ code: 'S1', name: 'Школа', emails: ['a@x.ru'], file: '/out/S1 — Школа.xlsx' }])
 * // '\uFEFFКод;Наименование;Адреса;Файл\r\nS1;Школа;a@x.ru;/out/S1 — Школа.xlsx\r\n'
 */
export function mailMergeCsv(rows: readonly MailMergeRow[]): string {
  const lines = [
    mailMergeHeaders.join(';'),
    ...rows.map((r) => [r.code, r.name, r.emails.join(', '), r.file].map(field).join(';')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
