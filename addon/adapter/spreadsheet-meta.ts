import { tabKey } from '../../core/check/find-tab';
import { sheetsService } from './sheets-service';

/** A protected range as the add-on needs it. */
export interface ProtectionMeta {
  readonly id: number;
  readonly description: string;
  /** Lower-cased editor emails. */
  readonly editors: readonly string[];
  /** True when it protects the whole tab (an unbounded range). */
  readonly wholeSheet: boolean;
  /** Its range (a range protection), and the ranges a whole-tab protection leaves open. */
  readonly range: GoogleAppsScript.Sheets.Schema.GridRange;
  readonly unprotected: readonly GoogleAppsScript.Sheets.Schema.GridRange[];
}

/** One tab: id, name and size, without its cells. */
export interface SheetMeta {
  readonly sheetId: number;
  readonly title: string;
  readonly index: number;
  readonly hidden: boolean;
  readonly rows: number;
  readonly columns: number;
  readonly protections: readonly ProtectionMeta[];
  /** Ids of the tab's charts (absent when unknown: read without the Sheets API). */
  readonly charts?: readonly number[];
}

export interface SpreadsheetMeta {
  readonly id: string;
  readonly timeZone: string;
  readonly sheets: readonly SheetMeta[];
}

/** A tab's id, name, size and protections, as `metaOf` reads them (inside `sheets(…)` of a field mask). */
export const tabMetaFields =
  'properties(sheetId,title,index,hidden,gridProperties(rowCount,columnCount)),' +
  'protectedRanges(protectedRangeId,description,range,editors,unprotectedRanges)';

const metaFields = `properties.timeZone,sheets(${tabMetaFields},charts(chartId))`;

/**
 * Every tab's id, name, size, protections and chart ids, in ONE `Sheets.Spreadsheets.get` (no cells).
 *
 * @param spreadsheetId - the spreadsheet
 */
export function readMeta(spreadsheetId: string): SpreadsheetMeta {
  const service = sheetsService();
  if (!service) return metaWithSpreadsheetApp(spreadsheetId);
  const response = service.Spreadsheets!.get(spreadsheetId, { fields: metaFields });
  return metaOf(spreadsheetId, response);
}

/** Without the Sheets API: names, ids and sizes from SpreadsheetApp (protections unknown). */
function metaWithSpreadsheetApp(spreadsheetId: string): SpreadsheetMeta {
  const book = SpreadsheetApp.openById(spreadsheetId);
  return {
    id: spreadsheetId,
    timeZone: book.getSpreadsheetTimeZone(),
    sheets: book.getSheets().map((s, index) => ({
      sheetId: s.getSheetId(),
      title: s.getName(),
      index,
      hidden: s.isSheetHidden(),
      rows: s.getMaxRows(),
      columns: s.getMaxColumns(),
      protections: [],
    })),
  };
}

/** The meta of a `Spreadsheets.get` response (exported for the fallback and tests). */
export function metaOf(spreadsheetId: string, response: GoogleAppsScript.Sheets.Schema.Spreadsheet): SpreadsheetMeta {
  const sheets = (response.sheets ?? []).map((sheet, position): SheetMeta => {
    const p = sheet.properties ?? {};
    const grid = p.gridProperties ?? {};
    const sheetId = p.sheetId ?? 0;
    return {
      sheetId,
      title: p.title ?? '',
      index: p.index ?? position,
      hidden: p.hidden === true,
      rows: grid.rowCount ?? 0,
      columns: grid.columnCount ?? 0,
      charts: (sheet.charts ?? []).flatMap((c) => (c.chartId == null ? [] : [c.chartId])),
      protections: (sheet.protectedRanges ?? []).map((pr) => {
        const r = pr.range ?? {};
        return {
          id: pr.protectedRangeId ?? 0,
          description: pr.description ?? '',
          editors: (pr.editors?.users ?? []).map((u) => u.toLowerCase()),
          wholeSheet:
            r.startRowIndex == null && r.endRowIndex == null && r.startColumnIndex == null && r.endColumnIndex == null,
          range: r,
          unprotected: pr.unprotectedRanges ?? [],
        };
      }),
    };
  });
  return { id: spreadsheetId, timeZone: response.properties?.timeZone ?? 'Asia/Yekaterinburg', sheets };
}

/**
 * The tab of a name as the add-on compares tab names (`tabKey`: trimmed, whatever the case), or null.
 *
 * @param meta - the spreadsheet
 * @param title - the name looked for
 * @example sheetByKey(meta, 's0001')?.title // 'S0001'
 */
export function sheetByKey(meta: Pick<SpreadsheetMeta, 'sheets'>, title: string): SheetMeta | null {
  return meta.sheets.find((s) => tabKey(s.title) === tabKey(title)) ?? null;
}
