import { columnLetters } from '../../core/grid/a1';

/**
 * A tab name quoted for A1 notation: `'Дорожная карта'`, quotes doubled, so any name is safe.
 *
 * @example quoteTitle("O'Neil") // "'O''Neil'"
 */
function quoteTitle(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

/** The A1 range of a whole tab, or of its first `rows` × `columns` cells. */
export function tabRange(title: string, rows?: number, columns?: number): string {
  if (!rows || !columns) return quoteTitle(title);
  return `${quoteTitle(title)}!A1:${columnLetters(columns)}${rows}`;
}

/**
 * The rows `[r0, r1)` × columns `[c0, c1)` of a tab as a Sheets `GridRange` (0-based, ends excluded).
 *
 * @example gridBox(7, 0, 2, 0, 3) // { sheetId: 7, startRowIndex: 0, endRowIndex: 2, startColumnIndex: 0, endColumnIndex: 3 }
 */
export function gridBox(
  sheetId: number,
  r0: number,
  r1: number,
  c0: number,
  c1: number,
): GoogleAppsScript.Sheets.Schema.GridRange {
  return { sheetId, startRowIndex: r0, endRowIndex: r1, startColumnIndex: c0, endColumnIndex: c1 };
}

/** The link that opens a spreadsheet. */
export function spreadsheetUrl(spreadsheetId: string): string {
  return `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`;
}

/**
 * The link that opens a cell of a spreadsheet (`#gid=…&range=B14`); the tab alone when `a1` is null.
 *
 * @example cellUrl('abc', 0, 'B14') // 'https://docs.google.com/spreadsheets/d/abc/edit#gid=0&range=B14'
 */
export function cellUrl(spreadsheetId: string, sheetId: number, a1: string | null): string {
  const base = `${spreadsheetUrl(spreadsheetId)}#gid=${sheetId}`;
  return a1 ? `${base}&range=${a1}` : base;
}
