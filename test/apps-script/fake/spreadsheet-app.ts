import { type CallCounter, counted } from './calls';
import { cellAt, cellFor, type FakeSheet, type FakeSpreadsheet, newSheet } from './model';
import type { FakeWorld } from './world';
import { dateOfSerial, serialOfDate } from './zone';

/**
 * What a user typing into a cell of a Russian-locale sheet gets: text in a TEXT-formatted cell
 * stays text; otherwise `1.2` becomes a date, `8,9` a number, `=…` a formula (computed as `#N/A`
 * except HYPERLINK), `+7 912…` a formula error. This is why the add-on formats code columns as text.
 */
export function typeIntoCell(
  book: FakeSpreadsheet,
  sheet: FakeSheet,
  row: number,
  column: number,
  value: unknown,
): void {
  const cell = cellFor(sheet, row, column);
  delete cell.formula;
  if (value instanceof Date) {
    cell.value = Math.round(serialOfDate(value, book.timeZone) * 1e6) / 1e6;
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
  if (/^\+\d[\d\s()-]*$/.test(t)) {
    cell.formula = t;
    cell.value = '#ERROR!';
    return;
  }
  cell.value = value;
}

function shownValue(book: FakeSpreadsheet, sheet: FakeSheet, r: number, c: number): unknown {
  const cell = cellAt(sheet, r, c);
  if (!cell || cell.value === null) return '';
  const type = cell.format.numberFormat?.type;
  if (typeof cell.value === 'number' && (type === 'DATE' || type === 'DATE_TIME'))
    return dateOfSerial(cell.value, book.timeZone);
  return cell.value;
}

function rangeFacade(
  world: FakeWorld,
  counter: CallCounter,
  book: FakeSpreadsheet,
  sheet: FakeSheet,
  r0: number,
  c0: number,
  rows: number,
  columns: number,
) {
  const grid = <T>(fn: (r: number, c: number) => T): T[][] =>
    Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => fn(r0 + i, c0 + j)));
  const range = {
    getValues: () => grid((r, c) => shownValue(book, sheet, r, c)),
    getDisplayValues: () => grid((r, c) => String(cellAt(sheet, r, c)?.value ?? '')),
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
      if (values.length !== rows || values.some((row) => row.length !== columns)) {
        throw new Error(`The number of rows or columns in the data does not match the range: ${rows}×${columns}`);
      }
      values.forEach((row, i) => {
        row.forEach((v, j) => {
          typeIntoCell(book, sheet, r0 + i, c0 + j, v);
        });
      });
      return range;
    },
    setValue(value: unknown) {
      typeIntoCell(book, sheet, r0, c0, value);
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

function sheetFacade(world: FakeWorld, counter: CallCounter, book: FakeSpreadsheet, sheet: FakeSheet) {
  const facade = {
    activate() {
      world.selection = {
        spreadsheetId: book.id,
        tab: sheet.title,
        r0: 0,
        c0: 0,
        r1: sheet.rowCount,
        c1: sheet.columnCount,
      };
      return facade;
    },
    getName: () => sheet.title,
    getSheetId: () => sheet.sheetId,
    getMaxRows: () => sheet.rowCount,
    getMaxColumns: () => sheet.columnCount,
    getLastRow: () => {
      for (let r = Math.min(sheet.cells.length, sheet.rowCount) - 1; r >= 0; r--) {
        if ((sheet.cells[r] ?? []).some((c) => c && c.value !== null && c.value !== '')) return r + 1;
      }
      return 0;
    },
    getLastColumn: () => {
      let last = 0;
      for (const row of sheet.cells) {
        (row ?? []).forEach((c, j) => {
          if (c && c.value !== null && c.value !== '') last = Math.max(last, j + 1);
        });
      }
      return last;
    },
    isSheetHidden: () => sheet.hidden,
    getDataRange: () =>
      rangeFacade(
        world,
        counter,
        book,
        sheet,
        0,
        0,
        Math.max(1, facade.getLastRow()),
        Math.max(1, facade.getLastColumn()),
      ),
    getRange(a: number | string, b?: number, c?: number, d?: number) {
      if (typeof a === 'string') {
        const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a);
        if (!m) throw new Error(`fake: unsupported A1 ${a}`);
        const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
        const r0 = Number(m[2]) - 1;
        const c0 = col(m[1]!) - 1;
        const r1 = m[4] ? Number(m[4]) : r0 + 1;
        const c1 = m[3] ? col(m[3]) : c0 + 1;
        return rangeFacade(world, counter, book, sheet, r0, c0, r1 - r0, c1 - c0);
      }
      return rangeFacade(world, counter, book, sheet, a - 1, (b ?? 1) - 1, c ?? 1, d ?? 1);
    },
    appendRow(values: unknown[]) {
      const r = facade.getLastRow();
      if (r >= sheet.rowCount) sheet.rowCount = r + 1;
      values.forEach((v, j) => {
        typeIntoCell(book, sheet, r, j, v);
      });
      return facade;
    },
  };
  return counted(facade, 'Sheet', counter);
}

function spreadsheetFacade(world: FakeWorld, counter: CallCounter, book: FakeSpreadsheet) {
  const user = (email: string) => ({ getEmail: () => email });
  const facade = {
    getId: () => book.id,
    getName: () => book.name,
    getUrl: () => `https://docs.google.com/spreadsheets/d/${book.id}/edit`,
    getSpreadsheetTimeZone: () => book.timeZone,
    getOwner: () => user(book.owner),
    getEditors: () => book.editors.map(user),
    addEditor(email: string) {
      const address = String(email).trim().toLowerCase();
      if (world.unshareable.has(address) || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) {
        throw new Error(`Invalid email: ${email}`);
      }
      if (!book.editors.includes(address)) book.editors.push(address);
      return facade;
    },
    getSheets: () => book.sheets.map((s) => sheetFacade(world, counter, book, s)),
    getSheetByName(name: string) {
      const sheet = book.sheets.find((s) => s.title === name);
      return sheet ? sheetFacade(world, counter, book, sheet) : null;
    },
    insertSheet(name: string) {
      if (book.sheets.some((s) => s.title === name)) throw new Error(`A sheet with the name "${name}" already exists.`);
      const sheet = newSheet(world.nextSheetId(), name);
      book.sheets.push(sheet);
      return sheetFacade(world, counter, book, sheet);
    },
    toast(message: string) {
      world.shown.push({ kind: 'toast', text: String(message) });
    },
  };
  return counted(facade, 'Spreadsheet', counter);
}

/** `SpreadsheetApp` over the fake world: the parts the add-on and the tests use. */
export function fakeSpreadsheetApp(
  world: FakeWorld,
  counter: CallCounter,
): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  const ui = {
    createAddonMenu: () => menu,
    createMenu: () => menu,
    showSidebar(html: { getContent?: () => string }) {
      world.shown.push({ kind: 'sidebar', text: html.getContent?.() ?? '' });
    },
    alert(message: string) {
      world.shown.push({ kind: 'alert', text: String(message) });
    },
  };
  const menu = { addItem: () => menu, addSeparator: () => menu, addToUi: () => undefined };
  const app = {
    getActiveSpreadsheet: () => (world.activeId ? spreadsheetFacade(world, counter, world.book(world.activeId)) : null),
    getActive: () => (world.activeId ? spreadsheetFacade(world, counter, world.book(world.activeId)) : null),
    openById: (id: string) => spreadsheetFacade(world, counter, world.book(id)),
    flush: () => undefined,
    getUi() {
      if (!world.activeId) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
      return ui;
    },
  };
  return counted(app, 'SpreadsheetApp', counter) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
