import { assertCellsEditable } from './access';
import { cellFor, type FakeCell, type FakeSheet, type FakeSpreadsheet, sheetNamed } from './model';
import { worldOf } from './world';
import { serialOfDate } from './zone';

/**
 * What a user typing into a cell of a Russian-locale sheet gets (also `valueInputOption:
 * USER_ENTERED`, "as if the user typed them into the UI":
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption): text in a
 * TEXT-formatted cell stays text; otherwise `1.2` becomes a date, `8,9` a number, `=…` a formula
 * (computed as `#N/A` except HYPERLINK), `+7 912…` or `- пункт` a formula parse error (Sheets
 * reads a leading «+» or «-» as the start of a formula). This is why the add-on formats code
 * columns as text.
 */
export function enterValue(book: FakeSpreadsheet, cell: FakeCell, value: unknown): void {
  delete cell.formula;
  if (Object.prototype.toString.call(value) === '[object Date]') {
    cell.value = Math.round(serialOfDate(value as Date, book.timeZone) * 1e6) / 1e6;
    if (!cell.format.numberFormat) cell.format.numberFormat = { type: 'DATE', pattern: 'dd.mm.yyyy' };
    return;
  }
  if (value === null || value === undefined || value === '') {
    cell.value = null;
    return;
  }
  if (typeof value !== 'string') {
    cell.value = value as number | boolean;
    return;
  }
  if (cell.format.numberFormat?.type === 'TEXT') {
    cell.value = value;
    return;
  }
  const t = value.trim();
  const date = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2,4}))?$/.exec(t);
  if (date) {
    const year = date[3] ? Number(date[3].length === 2 ? `20${date[3]}` : date[3]) : 2024;
    const month = Number(date[2]);
    const day = Number(date[1]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      cell.value = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
      cell.format.numberFormat = { type: 'DATE', pattern: 'dd.mm.yyyy' };
      return;
    }
  }
  if (/^-?\d+(,\d+)?$/.test(t)) {
    cell.value = Number(t.replace(',', '.'));
    return;
  }
  if (t.startsWith('=')) {
    cell.formula = t;
    const link = /^=HYPERLINK\("([^"]*)"\s*[;,]\s*"([^"]*)"\)$/i.exec(t);
    cell.value = link ? (link[2] ?? '') : '#N/A';
    if (link) cell.format.link = link[1] ?? '';
    return;
  }
  // A leading «+» or «-» starts a formula too: `+7 912…` or `- пункт` is a parse error.
  if (/^[+-]/.test(t)) {
    cell.formula = t;
    cell.value = '#ERROR!';
    return;
  }
  cell.value = value;
}

export interface TypeOptions {
  /**
   * The user typing: refused unless they may edit the file and every protection covering the cell
   * allows them (throws Sheets' text, nothing changes). Without it, the test itself edits the
   * spreadsheet, unchecked (setting up a scene).
   */
  readonly as?: string;
}

/**
 * A user types a value into a cell (0-based row and column). A typed cell is a content change: the
 * file's modification time becomes now, and the fake clock moves 1 ms (a person types after any read).
 *
 * @example typeIntoCell(book, sheet, 13, 1, 'Иванова', { as: 'school1@example.ru' })
 */
export function typeIntoCell(
  book: FakeSpreadsheet,
  sheet: FakeSheet,
  row: number,
  column: number,
  value: unknown,
  options: TypeOptions = {},
): void {
  const world = worldOf(book);
  if (options.as !== undefined && world) {
    assertCellsEditable(world, book, sheet, { r0: row, c0: column, r1: row + 1, c1: column + 1 }, options.as);
  }
  enterValue(book, cellFor(sheet, row, column), value);
  if (world) {
    world.advance(1);
    world.touch(book, options.as);
  }
}

/**
 * "School A types into a cell": the refusal as a value, for tests that pin who may write where.
 *
 * @param a1 - a cell of the tab, e.g. `B14`
 * @returns `{ ok: true }`, or `{ ok: false, message }` with Sheets' refusal
 */
export function userTypes(
  user: string,
  book: FakeSpreadsheet,
  tab: string,
  a1: string,
  value: unknown,
): { ok: true } | { ok: false; message: string } {
  const sheet = sheetNamed(book, tab);
  const m = /^([A-Z]+)(\d+)$/i.exec(a1);
  if (!sheet || !m) throw new Error(`fake: no cell ${tab}!${a1}`);
  const column = [...m[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  try {
    typeIntoCell(book, sheet, Number(m[2]) - 1, column, value, { as: user });
    return { ok: true };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}
