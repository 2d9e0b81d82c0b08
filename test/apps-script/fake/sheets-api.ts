import { canRead, canWrite, protectionAllows } from './access';
import { parseA1 } from './a1';
import { apiError } from './api-error';
import type { CallCounter } from './calls';
import type { Json } from './cell-apply';
import type { FakeCell, FakeSheet, FakeSpreadsheet } from './model';
import { takeSheetsQuota } from './sheets-quota';
import { apply } from './sheets-apply';
import { validate } from './sheets-validate';
import { fakeValuesService } from './sheets-values';
import type { FakeWorld } from './world';

/**
 * The advanced `Sheets` service over the fake world (https://developers.google.com/sheets/api/reference/rest):
 * - `Spreadsheets.get`: one read request; tabs, their protected ranges (a protection's `editors`
 *   only to users it allows, "only visible to users with edit access to the protected range";
 *   `requestingUserCanEdit` for the acting user), charts, and with `fields` naming `data` the cells'
 *   `effectiveValue` (a formula's error as `errorValue`), hyperlinks and notes; `includeGridData`
 *   without `fields` gives every field.
 * - `Spreadsheets.batchUpdate`: one write request; validated whole against grid limits and the
 *   acting user's protections (sheets-validate.ts), then applied (sheets-apply.ts): all or nothing.
 *   With `includeSpreadsheetInResponse` the reply carries `updatedSpreadsheet` as it is after the
 *   update (`responseRanges`; every cell field with `responseIncludeGridData`).
 * - `Spreadsheets.Values`: sheets-values.ts.
 * Each call is counted, takes fake time, counts against the per-user quota (sheets-quota.ts), and
 * needs the acting user to be able to read (write) the file: else 403 "The caller does not have
 * permission". Errors come wrapped as Apps Script wraps them (api-error.ts).
 */
export function fakeSheetsService(world: FakeWorld, counter: CallCounter): GoogleAppsScript.Sheets {
  const Values = fakeValuesService(world, counter);
  const Spreadsheets = {
    Values,
    get(spreadsheetId: string, options: Json = {}) {
      counter.add('Sheets.Spreadsheets.get');
      const api = 'sheets.spreadsheets.get';
      takeSheetsQuota(world, 'Read', api);
      const book = world.books.get(spreadsheetId);
      if (!book) throw apiError(api, 404, 'Requested entity was not found.');
      const user = world.actingUser();
      if (!canRead(world, book, user)) throw apiError(api, 403, 'The caller does not have permission', 'forbidden');
      // "If a field mask is set, the includeGridData parameter is ignored."
      const fields =
        options.fields === undefined && options.includeGridData === true ? '*' : String(options.fields ?? '');
      return spreadsheetJson(api, book, options.ranges, fields, user);
    },
    batchUpdate(resource: Json, spreadsheetId: string) {
      counter.add('Sheets.Spreadsheets.batchUpdate');
      const api = 'sheets.spreadsheets.batchUpdate';
      takeSheetsQuota(world, 'Write', api);
      const book = world.books.get(spreadsheetId);
      if (!book) throw apiError(api, 404, 'Requested entity was not found.');
      const user = world.actingUser();
      if (!canWrite(world, book, user)) throw apiError(api, 403, 'The caller does not have permission', 'forbidden');
      const requests: Json[] = resource?.requests ?? [];
      // What travels: the request body, in UTF-8 bytes.
      world.batchLog.push({
        spreadsheetId,
        requests: requests.length,
        bytes: Buffer.byteLength(JSON.stringify({ requests })),
      });
      world.onBatchUpdate?.(spreadsheetId, requests);
      if (world.failBatch) {
        if (world.failBatch.okBefore <= 0) {
          const message = world.failBatch.message;
          world.failBatch = null;
          throw new Error(message);
        }
        world.failBatch.okBefore--;
      }
      try {
        validate(book, requests, { user, bypass: user === book.owner });
      } catch (error) {
        const message = (error as Error).message;
        if (message.startsWith('fake:')) throw error;
        throw apiError(api, 400, message, 'badRequest');
      }
      const replies = requests.map((request) => apply(world, book, request));
      if (requests.length > 0) world.touch(book);
      if (resource.includeSpreadsheetInResponse !== true) return { spreadsheetId, replies };
      // The spreadsheet after the update, limited to `responseRanges`, every cell field with `responseIncludeGridData`.
      const fields = resource.responseIncludeGridData === true ? '*' : '';
      const updatedSpreadsheet = spreadsheetJson(api, book, resource.responseRanges, fields, user);
      return { spreadsheetId, replies, updatedSpreadsheet };
    },
  };
  return { Spreadsheets } as unknown as GoogleAppsScript.Sheets;
}

/** A spreadsheet as `get` (or a `batchUpdate` with `includeSpreadsheetInResponse`) returns it: `*` is every field. */
function spreadsheetJson(api: string, book: FakeSpreadsheet, ranges: unknown, fields: string, user: string): Json {
  const wanted: FakeSheet[] = Array.isArray(ranges)
    ? ranges.map((range: string) => {
        let title: string | null;
        try {
          title = parseA1(range).title;
        } catch (error) {
          throw apiError(api, 400, (error as Error).message);
        }
        const sheet = title === null ? book.sheets.find((s) => !s.hidden) : book.sheets.find((s) => s.title === title);
        if (!sheet) throw apiError(api, 400, `Unable to parse range: ${range}`);
        return sheet;
      })
    : book.sheets;
  const sheets = wanted.map((sheet) => sheetJson(book, sheet, fields, user));
  return {
    spreadsheetId: book.id,
    properties: { title: book.name, timeZone: book.timeZone, locale: book.locale },
    sheets,
  };
}

/** Sheets' `ErrorValue.type` of each error a formula shows (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#errortype). */
const errorTypes: Readonly<Record<string, string>> = {
  '#ERROR!': 'ERROR',
  '#NULL!': 'NULL_VALUE',
  '#DIV/0!': 'DIVIDE_BY_ZERO',
  '#VALUE!': 'VALUE',
  '#REF!': 'REF',
  '#NAME?': 'NAME',
  '#NUM!': 'NUM',
  '#N/A': 'N_A',
};

/** A cell's `effectiveValue` (an `ExtendedValue`): the error of a formula that shows one, else its value's kind. */
function effectiveValue(cell: FakeCell): Json | undefined {
  const v = cell.value;
  if (v === null || v === '') return undefined;
  if (typeof v === 'number') return { numberValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  const error = cell.formula ? errorTypes[v] : undefined;
  return error ? { errorValue: { type: error, message: v } } : { stringValue: v };
}

function sheetJson(book: FakeSpreadsheet, sheet: FakeSheet, fields: string, user: string): Json {
  const out: Json = {
    properties: {
      sheetId: sheet.sheetId,
      title: sheet.title,
      index: book.sheets.indexOf(sheet),
      hidden: sheet.hidden,
      gridProperties: {
        rowCount: sheet.rowCount,
        columnCount: sheet.columnCount,
        frozenRowCount: sheet.frozenRows,
        frozenColumnCount: sheet.frozenColumns,
      },
    },
  };
  if (!fields || fields === '*' || fields.includes('protectedRanges')) {
    out.protectedRanges = book.protections
      .filter((p) => p.sheetId === sheet.sheetId)
      .map((p) => {
        const allowed = protectionAllows(book, p, user);
        const json: Json = {
          protectedRangeId: p.id,
          description: p.description,
          range: { ...p.range },
          unprotectedRanges: p.unprotectedRanges.map((r) => ({ ...r })),
          requestingUserCanEdit: allowed,
        };
        if (p.warningOnly) json.warningOnly = true;
        else if (allowed) json.editors = { users: [...p.editors] };
        return json;
      });
  }
  if (!fields || fields === '*' || fields.includes('charts')) {
    out.charts = sheet.charts.map((c) => ({ ...structuredClone(c.chart), chartId: c.chartId }));
  }
  const all = fields === '*';
  if (all || fields.includes('data')) {
    const rowData = [];
    for (let r = 0; r < Math.min(sheet.rowCount, sheet.cells.length); r++) {
      const values = (sheet.cells[r] ?? []).map((cell) => {
        const v: Json = {};
        const value = cell && (all || fields.includes('effectiveValue')) ? effectiveValue(cell) : undefined;
        if (value) v.effectiveValue = value;
        if (cell?.format.link && (all || fields.includes('hyperlink'))) v.hyperlink = cell.format.link;
        if (cell?.note && (all || fields.includes('note'))) v.note = cell.note;
        return v;
      });
      rowData.push({ values });
    }
    out.data = [{ rowData }];
  }
  return out;
}
