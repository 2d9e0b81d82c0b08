import { assertCellsEditable, type Box } from './access';
import { type CallCounter, counted } from './calls';
import { cellAt, cellFor, type FakeSheet, type FakeSpreadsheet } from './model';
import { formattedValue } from './render';
import { enterValue } from './type-into-cell';
import type { FakeWorld } from './world';
import { dateOfSerial } from './zone';

/**
 * SpreadsheetApp's `Range` over the fake world: values as `getValues()` gives them (dates as
 * `Date`), display values formatted as render.ts, and writes (`setValue(s)`, `setNote(s)`, `clear`,
 * `clearContent`) made as the acting user, refused unless every cell is theirs to edit
 * (access.ts), then marking the file modified.
 */

function shownValue(book: FakeSpreadsheet, sheet: FakeSheet, r: number, c: number): unknown {
  const cell = cellAt(sheet, r, c);
  if (!cell || cell.value === null) return '';
  const type = cell.format.numberFormat?.type;
  if (typeof cell.value === 'number' && (type === 'DATE' || type === 'DATE_TIME'))
    return dateOfSerial(cell.value, book.timeZone);
  return cell.value;
}

/** Runs a write of cells as the acting user: refused unless allowed; then the file is modified. */
export function writeCells(world: FakeWorld, book: FakeSpreadsheet, sheet: FakeSheet, box: Box, fn: () => void): void {
  assertCellsEditable(world, book, sheet, box, world.actingUser());
  fn();
  world.touch(book);
}

export function rangeFacade(
  world: FakeWorld,
  counter: CallCounter,
  book: FakeSpreadsheet,
  sheet: FakeSheet,
  r0: number,
  c0: number,
  rows: number,
  columns: number,
) {
  const box = { r0, c0, r1: r0 + rows, c1: c0 + columns };
  const grid = <T>(fn: (r: number, c: number) => T): T[][] =>
    Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => fn(r0 + i, c0 + j)));
  const fits = (values: unknown[][]) => {
    if (values.length !== rows || values.some((row) => row.length !== columns)) {
      throw new Error(`The number of rows or columns in the data does not match the range: ${rows}×${columns}`);
    }
  };
  const range = {
    getValues: () => grid((r, c) => shownValue(book, sheet, r, c)),
    getDisplayValues: () => grid((r, c) => formattedValue(book, cellAt(sheet, r, c))),
    getFormulas: () => grid((r, c) => cellAt(sheet, r, c)?.formula ?? ''),
    getNotes: () => grid((r, c) => cellAt(sheet, r, c)?.note ?? ''),
    getBackgrounds: () => grid((r, c) => cellAt(sheet, r, c)?.format.background ?? '#ffffff'),
    getNumberFormats: () =>
      grid(
        (r, c) =>
          cellAt(sheet, r, c)?.format.numberFormat?.pattern ??
          (cellAt(sheet, r, c)?.format.numberFormat?.type === 'TEXT' ? '@' : ''),
      ),
    setValues(values: unknown[][]) {
      fits(values);
      writeCells(world, book, sheet, box, () => {
        values.forEach((row, i) => {
          row.forEach((v, j) => {
            enterValue(book, cellFor(sheet, r0 + i, c0 + j), v);
          });
        });
      });
      return range;
    },
    setValue(value: unknown) {
      writeCells(world, book, sheet, { r0, c0, r1: r0 + 1, c1: c0 + 1 }, () => {
        enterValue(book, cellFor(sheet, r0, c0), value);
      });
      return range;
    },
    setNote(note: string | null) {
      writeCells(world, book, sheet, box, () => {
        for (let r = r0; r < r0 + rows; r++) for (let c = c0; c < c0 + columns; c++) setNote(sheet, r, c, note);
      });
      return range;
    },
    setNotes(notes: (string | null)[][]) {
      fits(notes);
      writeCells(world, book, sheet, box, () => {
        notes.forEach((row, i) => {
          row.forEach((n, j) => {
            setNote(sheet, r0 + i, c0 + j, n);
          });
        });
      });
      return range;
    },
    // "@" is plain text: what is then typed or set stays the text it is (https://support.google.com/docs/answer/56470).
    setNumberFormat(format: string) {
      writeCells(world, book, sheet, box, () => {
        for (let r = r0; r < r0 + rows; r++) for (let c = c0; c < c0 + columns; c++) setFormat(sheet, r, c, format);
      });
      return range;
    },
    setNumberFormats(formats: string[][]) {
      fits(formats);
      writeCells(world, book, sheet, box, () => {
        formats.forEach((row, i) => {
          row.forEach((f, j) => {
            setFormat(sheet, r0 + i, c0 + j, f);
          });
        });
      });
      return range;
    },
    clearContent() {
      writeCells(world, book, sheet, box, () => clearCells(sheet, box, false));
      return range;
    },
    clear() {
      writeCells(world, book, sheet, box, () => clearCells(sheet, box, true));
      return range;
    },
    getValue: () => shownValue(book, sheet, r0, c0),
    getRow: () => r0 + 1,
    getColumn: () => c0 + 1,
    getNumRows: () => rows,
    getNumColumns: () => columns,
    activate() {
      // Sheets refuses a range that lies outside the tab's grid.
      if (r0 + rows > sheet.rowCount || c0 + columns > sheet.columnCount) throw new Error('Range not found');
      world.selection = { spreadsheetId: book.id, tab: sheet.title, r0, c0, r1: r0 + rows, c1: c0 + columns };
      return range;
    },
  };
  return counted(range, 'Range', counter);
}

function setFormat(sheet: FakeSheet, r: number, c: number, format: string): void {
  const cell = cellFor(sheet, r, c);
  if (format === '@' || format === '@STRING@') cell.format.numberFormat = { type: 'TEXT' };
  else if (/[dy]/i.test(format))
    cell.format.numberFormat = { type: /h/i.test(format) ? 'DATE_TIME' : 'DATE', pattern: format };
  else cell.format.numberFormat = { type: 'NUMBER', pattern: format };
}

function setNote(sheet: FakeSheet, r: number, c: number, note: string | null): void {
  if (note) cellFor(sheet, r, c).note = String(note);
  else {
    const cell = cellAt(sheet, r, c);
    if (cell) delete cell.note;
  }
}

export function clearCells(sheet: FakeSheet, box: Box, formats: boolean): void {
  for (let r = box.r0; r < box.r1; r++) {
    for (let c = box.c0; c < box.c1; c++) {
      const cell = cellAt(sheet, r, c);
      if (!cell) continue;
      cell.value = null;
      delete cell.formula;
      if (formats) {
        cell.format = {};
        delete cell.note;
      }
    }
  }
}
