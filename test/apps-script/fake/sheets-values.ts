import { type Box, canRead, canWrite, protectedCellMessage, refusedCell } from './access';
import { a1Box, a1Title, parseA1 } from './a1';
import { apiError } from './api-error';
import type { CallCounter } from './calls';
import type { Json } from './cell-apply';
import { cellAt, cellFor, type FakeSheet, type FakeSpreadsheet } from './model';
import { renderedValue, renderOptions } from './render';
import { takeSheetsQuota } from './sheets-quota';
import { enterValue } from './type-into-cell';
import type { FakeWorld } from './world';

/**
 * `Sheets.Spreadsheets.Values` over the fake world
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values):
 * - `get(id, range, options)` and `batchGet(id, {ranges, …})`: one read request each; values as the
 *   render options say (see render.ts; the default is FORMATTED_VALUE); trailing empty rows and
 *   cells left out; `majorDimension: 'COLUMNS'` transposes; a range past the grid is cut to it.
 * - `update(body, id, range, {valueInputOption})`, `batchUpdate(body, id)`, `clear(body, id, range)`:
 *   one write request each; RAW stores values as given, USER_ENTERED as typed (type-into-cell.ts);
 *   `null` skips a cell, `''` empties it ("Null values will be skipped. To set a cell to an empty
 *   value, set the string value to an empty string":
 *   https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values#ValueRange);
 *   every written cell must be allowed by its protections, else nothing is written.
 * Ranges parse as A1 (a1.ts). Errors are the API's, wrapped as Apps Script does (api-error.ts).
 */

const method = (name: string) => `sheets.spreadsheets.values.${name}`;

function sheetOf(book: FakeSpreadsheet, title: string | null, range: string, api: string): FakeSheet {
  const sheet = title === null ? book.sheets.find((s) => !s.hidden) : book.sheets.find((s) => s.title === title);
  if (!sheet) throw apiError(api, 400, `Unable to parse range: ${range}`);
  return sheet;
}

function resolve(book: FakeSpreadsheet, range: string, api: string): { sheet: FakeSheet; box: Box; open: boolean } {
  let parsed: ReturnType<typeof parseA1>;
  try {
    parsed = parseA1(String(range));
  } catch (error) {
    throw apiError(api, 400, (error as Error).message);
  }
  const sheet = sheetOf(book, parsed.title, range, api);
  const b = parsed.box;
  if (!b) return { sheet, box: { r0: 0, c0: 0, r1: sheet.rowCount, c1: sheet.columnCount }, open: true };
  return {
    sheet,
    box: { r0: b.r0, c0: b.c0, r1: b.r1 ?? sheet.rowCount, c1: b.c1 ?? sheet.columnCount },
    open: b.r1 === undefined || b.c1 === undefined,
  };
}

function readRange(book: FakeSpreadsheet, range: string, options: Json, api: string): Json {
  const { sheet, box } = resolve(book, range, api);
  const render = renderOptions(options);
  const r1 = Math.min(box.r1, sheet.rowCount);
  const c1 = Math.min(box.c1, sheet.columnCount);
  let rows: unknown[][] = [];
  for (let r = box.r0; r < r1; r++) {
    const row: unknown[] = [];
    for (let c = box.c0; c < c1; c++) row.push(renderedValue(book, cellAt(sheet, r, c), render.value, render.dateTime));
    while (row.length > 0 && row[row.length - 1] === '') row.pop();
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  const major = options.majorDimension === 'COLUMNS' ? 'COLUMNS' : 'ROWS';
  if (major === 'COLUMNS') {
    const width = Math.max(0, ...rows.map((r) => r.length));
    rows = Array.from({ length: width }, (_, c) => {
      const column = rows.map((r) => (r[c] === undefined ? '' : r[c]));
      while (column.length > 0 && column[column.length - 1] === '') column.pop();
      return column;
    });
  }
  const out: Json = {
    range: `${a1Title(sheet.title)}!${a1Box({ r0: box.r0, c0: box.c0, r1, c1 })}`,
    majorDimension: major,
  };
  if (rows.length > 0) out.values = rows;
  return out;
}

interface Write {
  sheet: FakeSheet;
  cells: { r: number; c: number; value: unknown }[];
}

function planWrite(book: FakeSpreadsheet, range: string, values: unknown[][], major: unknown, api: string): Write {
  const { sheet, box, open } = resolve(book, range, api);
  const rows = major === 'COLUMNS' ? transpose(values) : values;
  const cells: Write['cells'] = [];
  rows.forEach((row, i) => {
    (row ?? []).forEach((value, j) => {
      const r = box.r0 + i;
      const c = box.c0 + j;
      if (!open && (r >= box.r1 || c >= box.c1)) {
        throw apiError(
          api,
          400,
          `Requested writing within range [${range}], but tried writing to ${r >= box.r1 ? `row [${r + 1}]` : `column [${c + 1}]`}`,
        );
      }
      if (r >= sheet.rowCount || c >= sheet.columnCount) {
        throw apiError(
          api,
          400,
          `Range (${range}) exceeds grid limits. Max rows: ${sheet.rowCount}, max columns: ${sheet.columnCount}`,
        );
      }
      if (value !== null && value !== undefined) cells.push({ r, c, value });
    });
  });
  return { sheet, cells };
}

function transpose(values: unknown[][]): unknown[][] {
  const height = Math.max(0, ...values.map((c) => (c ?? []).length));
  return Array.from({ length: height }, (_, r) => values.map((column) => (column ?? [])[r] ?? null));
}

function guardWrites(world: FakeWorld, book: FakeSpreadsheet, writes: Write[], api: string): void {
  const user = world.actingUser();
  if (!canWrite(world, book, user)) throw apiError(api, 403, 'The caller does not have permission', 'forbidden');
  for (const w of writes) {
    for (const { r, c } of w.cells) {
      if (refusedCell(book, book.protections, w.sheet.sheetId, { r0: r, c0: c, r1: r + 1, c1: c + 1 }, user))
        throw apiError(api, 400, protectedCellMessage, 'badRequest');
    }
  }
}

function commit(world: FakeWorld, book: FakeSpreadsheet, writes: Write[], input: unknown): number {
  let count = 0;
  for (const w of writes) {
    for (const { r, c, value } of w.cells) {
      const cell = cellFor(w.sheet, r, c);
      if (input === 'USER_ENTERED') enterValue(book, cell, value);
      else {
        delete cell.formula;
        cell.value = value === '' ? null : (value as string | number | boolean);
      }
      count++;
    }
  }
  if (count > 0) world.touch(book);
  return count;
}

function inputOption(options: Json, api: string): 'RAW' | 'USER_ENTERED' {
  const input = options?.valueInputOption;
  if (input !== 'RAW' && input !== 'USER_ENTERED')
    throw apiError(api, 400, `Invalid valueInputOption: ${input ?? 'INPUT_VALUE_OPTION_UNSPECIFIED'}`);
  return input;
}

export function fakeValuesService(world: FakeWorld, counter: CallCounter) {
  const open = (spreadsheetId: string, api: string, metric: 'Read' | 'Write') => {
    takeSheetsQuota(world, metric, api);
    const book = world.books.get(spreadsheetId);
    if (!book) throw apiError(api, 404, 'Requested entity was not found.');
    const user = world.actingUser();
    if (!canRead(world, book, user)) throw apiError(api, 403, 'The caller does not have permission', 'forbidden');
    return book;
  };
  return {
    get(spreadsheetId: string, range: string, options: Json = {}) {
      counter.add('Sheets.Spreadsheets.Values.get');
      const api = method('get');
      return readRange(open(spreadsheetId, api, 'Read'), range, options, api);
    },
    batchGet(spreadsheetId: string, options: Json = {}) {
      counter.add('Sheets.Spreadsheets.Values.batchGet');
      const api = method('batchGet');
      const book = open(spreadsheetId, api, 'Read');
      const valueRanges = (options.ranges ?? []).map((range: string) => readRange(book, range, options, api));
      return { spreadsheetId, valueRanges };
    },
    update(resource: Json, spreadsheetId: string, range: string, options: Json = {}) {
      counter.add('Sheets.Spreadsheets.Values.update');
      const api = method('update');
      const book = open(spreadsheetId, api, 'Write');
      const input = inputOption(options, api);
      const writes = [planWrite(book, range, resource?.values ?? [], resource?.majorDimension, api)];
      guardWrites(world, book, writes, api);
      const updatedCells = commit(world, book, writes, input);
      return { spreadsheetId, updatedRange: range, updatedCells };
    },
    batchUpdate(resource: Json, spreadsheetId: string) {
      counter.add('Sheets.Spreadsheets.Values.batchUpdate');
      const api = method('batchUpdate');
      const book = open(spreadsheetId, api, 'Write');
      const input = inputOption(resource, api);
      const writes = (resource?.data ?? []).map((d: Json) =>
        planWrite(book, d.range, d.values ?? [], d.majorDimension, api),
      );
      guardWrites(world, book, writes, api);
      const totalUpdatedCells = commit(world, book, writes, input);
      return { spreadsheetId, totalUpdatedCells };
    },
    clear(_resource: Json, spreadsheetId: string, range: string) {
      counter.add('Sheets.Spreadsheets.Values.clear');
      const api = method('clear');
      const book = open(spreadsheetId, api, 'Write');
      const { sheet, box } = resolve(book, range, api);
      const cells: Write['cells'] = [];
      for (let r = box.r0; r < Math.min(box.r1, sheet.rowCount); r++)
        for (let c = box.c0; c < Math.min(box.c1, sheet.columnCount); c++)
          if (cellAt(sheet, r, c)) cells.push({ r, c, value: '' });
      const writes = [{ sheet, cells }];
      guardWrites(world, book, writes, api);
      commit(world, book, writes, 'RAW');
      return { spreadsheetId, clearedRange: range };
    },
  };
}
