import {
  type Box,
  canRead,
  canWrite,
  noAccessMessage,
  protectedCellMessage,
  refusedCell,
  sheetLockedFor,
} from './access';
import { type CallCounter, counted } from './calls';
import { cellFor, type FakeSheet, type FakeSpreadsheet, newSheet } from './model';
import { share, unshare } from './sharing';
import { shiftRows } from './shift-rows';
import { clearCells, rangeFacade, writeCells } from './spreadsheet-range';
import { enterValue, typeIntoCell } from './type-into-cell';
import type { FakeWorld } from './world';

/**
 * `SpreadsheetApp` over the fake world (https://developers.google.com/apps-script/reference/spreadsheet):
 * - Every write (Range `setValue(s)`, `setNote(s)`, `clear`, `clearContent`; Sheet `appendRow`,
 *   `insertRows…`, `deleteRows`, `clear`; Spreadsheet `insertSheet`, `deleteSheet`) is made as the
 *   acting user and refused with Sheets' text unless they may edit the file and every protection
 *   covering the cells allows them (access.ts); inserting or deleting rows also needs the tab's own
 *   protection to allow them. A write changes the file's modification time.
 * - `openById` needs the acting user to have access ("You do not have permission to access the
 *   requested document."); `create(name)` makes a spreadsheet in the acting user's My Drive
 *   (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#create(String)).
 * - `getOwner()` is null for a spreadsheet in a shared drive
 *   (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getOwner()).
 * - `addEditor`/`addViewer` share through sharing.ts (limits, quota, notification).
 * - `getDisplayValues()` formats as render.ts; `getValues()` gives dates as `Date`.
 */

export { typeIntoCell };

/** A change of the tab's rows: the tab's protection must allow the user, and so must the rows touched. */
function changeRows(world: FakeWorld, book: FakeSpreadsheet, sheet: FakeSheet, box: Box | null, fn: () => void) {
  const user = world.actingUser();
  if (!canWrite(world, book, user)) throw new Error(noAccessMessage);
  if (sheetLockedFor(book, book.protections, sheet.sheetId, user)) throw new Error(protectedCellMessage);
  if (box && refusedCell(book, book.protections, sheet.sheetId, box, user)) throw new Error(protectedCellMessage);
  fn();
  world.touch(book);
}

function lastRow(sheet: FakeSheet): number {
  for (let r = Math.min(sheet.cells.length, sheet.rowCount) - 1; r >= 0; r--) {
    if ((sheet.cells[r] ?? []).some((c) => c && c.value !== null && c.value !== '')) return r + 1;
  }
  return 0;
}

function sheetFacade(world: FakeWorld, counter: CallCounter, book: FakeSpreadsheet, sheet: FakeSheet) {
  const whole = () => ({ r0: 0, c0: 0, r1: sheet.rowCount, c1: sheet.columnCount });
  const facade = {
    activate() {
      world.selection = { spreadsheetId: book.id, tab: sheet.title, ...whole() };
      return facade;
    },
    getName: () => sheet.title,
    getSheetId: () => sheet.sheetId,
    getMaxRows: () => sheet.rowCount,
    getMaxColumns: () => sheet.columnCount,
    getLastRow: () => lastRow(sheet),
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
      rangeFacade(world, counter, book, sheet, 0, 0, Math.max(1, lastRow(sheet)), Math.max(1, facade.getLastColumn())),
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
      const r = lastRow(sheet);
      writeCells(world, book, sheet, { r0: r, c0: 0, r1: r + 1, c1: values.length }, () => {
        if (r >= sheet.rowCount) sheet.rowCount = r + 1;
        values.forEach((v, j) => {
          enterValue(book, cellFor(sheet, r, j), v);
        });
      });
      return facade;
    },
    insertRowsBefore(before: number, howMany: number) {
      changeRows(world, book, sheet, null, () => shiftRows(book, sheet, before - 1, howMany));
      return facade;
    },
    insertRowsAfter(after: number, howMany: number) {
      changeRows(world, book, sheet, null, () => shiftRows(book, sheet, after, howMany));
      return facade;
    },
    insertRows(before: number, howMany = 1) {
      return facade.insertRowsBefore(before, howMany);
    },
    deleteRows(start: number, howMany: number) {
      const at = start - 1;
      changeRows(world, book, sheet, { r0: at, c0: 0, r1: at + howMany, c1: sheet.columnCount }, () =>
        shiftRows(book, sheet, at, -howMany),
      );
      return facade;
    },
    deleteRow(row: number) {
      return facade.deleteRows(row, 1);
    },
    clear() {
      writeCells(world, book, sheet, whole(), () => clearCells(sheet, whole(), true));
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
    getSpreadsheetLocale: () => book.locale,
    getOwner: () => (book.owner ? user(book.owner) : null),
    getEditors: () => book.editors.map(user),
    getViewers: () => book.viewers.map(user),
    addEditor(email: string) {
      share(world, book, email, 'writer', { notify: true });
      return facade;
    },
    addEditors(emails: string[]) {
      for (const email of emails) share(world, book, email, 'writer', { notify: true });
      return facade;
    },
    removeEditor(email: string) {
      unshare(world, book, email);
      return facade;
    },
    addViewer(email: string) {
      share(world, book, email, 'reader', { notify: true });
      return facade;
    },
    removeViewer(email: string) {
      unshare(world, book, email);
      return facade;
    },
    getSheets: () => book.sheets.map((s) => sheetFacade(world, counter, book, s)),
    getSheetByName(name: string) {
      const sheet = book.sheets.find((s) => s.title === name);
      return sheet ? sheetFacade(world, counter, book, sheet) : null;
    },
    insertSheet(name: string) {
      if (!canWrite(world, book, world.actingUser())) throw new Error(noAccessMessage);
      if (book.sheets.some((s) => s.title === name)) throw new Error(`A sheet with the name "${name}" already exists.`);
      const sheet = newSheet(world.nextSheetId(), name);
      book.sheets.push(sheet);
      world.touch(book);
      return sheetFacade(world, counter, book, sheet);
    },
    deleteSheet(target: { getSheetId(): number }) {
      const sheet = book.sheets.find((s) => s.sheetId === target.getSheetId());
      if (!sheet) throw new Error('Sheet not found');
      changeRows(world, book, sheet, { r0: 0, c0: 0, r1: sheet.rowCount, c1: sheet.columnCount }, () => {
        book.sheets = book.sheets.filter((s) => s !== sheet);
        book.protections = book.protections.filter((p) => p.sheetId !== sheet.sheetId);
      });
    },
    toast(message: string) {
      world.shown.push({ kind: 'toast', text: String(message) });
    },
  };
  return counted(facade, 'Spreadsheet', counter);
}

/** `Ui.Button` (https://developers.google.com/apps-script/reference/base/button). */
const buttonNames = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
/** `Ui.ButtonSet` (https://developers.google.com/apps-script/reference/base/button-set). */
const buttonSets = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;

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
    // alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons): the dialog "suspends the
    // server-side script" until the user answers (https://developers.google.com/apps-script/guides/dialogs);
    // the fake answers `world.alertAnswer` (OK when the dialog has only OK).
    alert(first: string, second?: unknown, third?: unknown) {
      const titled = third !== undefined;
      const text = titled ? `${first}\n${second}` : String(first);
      const buttons = (titled ? third : second) ?? buttonSets.OK;
      world.shown.push({ kind: 'alert', text });
      return buttons === buttonSets.OK ? buttonNames.OK : world.alertAnswer;
    },
    Button: buttonNames,
    ButtonSet: buttonSets,
  };
  const menu = { addItem: () => menu, addSeparator: () => menu, addToUi: () => undefined };
  const active = () => (world.activeId ? spreadsheetFacade(world, counter, world.book(world.activeId)) : null);
  const app = {
    getActiveSpreadsheet: active,
    getActive: active,
    openById(id: string) {
      const book = world.book(id);
      if (!canRead(world, book, world.actingUser())) throw new Error(noAccessMessage);
      return spreadsheetFacade(world, counter, book);
    },
    create(name: string) {
      const owner = world.actingUser();
      if (!owner) throw new Error(noAccessMessage);
      return spreadsheetFacade(world, counter, world.createSpreadsheet(String(name), owner, world.scriptTimeZone));
    },
    flush: () => undefined,
    getUi() {
      if (!world.activeId) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
      return ui;
    },
  };
  return counted(app, 'SpreadsheetApp', counter) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
