import type { SheetData } from '../../core/grid/sheet-data';
import { tabRange } from './a1-range';
import { requireSheets } from './sheets-service';

/** Tabs per `Values.batchGet` / `Spreadsheets.get` call: a constant number of calls per ~100 tabs. */
const readChunk = 100;

/** What was read: the tabs, and their notes. */
export interface GridsRead {
  readonly sheets: SheetData[];
  /** Per tab, 0-based `row,column` → note text, for the tabs whose notes were asked for. */
  readonly notes: Map<string, Map<string, string>>;
}

/**
 * The hyperlinks (as a grid, absent when no cell has one) and notes (by 0-based `row,column`) of a
 * tab's cells as `Spreadsheets.get` returns them (`data.rowData.values(hyperlink,note)`).
 *
 * @param rowData - the tab's first grid data's rows
 */
export function linksAndNotes(rowData: readonly GoogleAppsScript.Sheets.Schema.RowData[]): {
  links?: (string | null)[][];
  notes: Map<string, string>;
} {
  let links: (string | null)[][] | undefined;
  const notes = new Map<string, string>();
  rowData.forEach((row, r) => {
    (row.values ?? []).forEach((cell, c) => {
      if (cell.hyperlink) {
        links ??= [];
        while (links.length <= r) links.push([]);
        links[r]![c] = cell.hyperlink;
      }
      if (cell.note) notes.set(`${r},${c}`, cell.note);
    });
  });
  return links ? { links, notes } : { notes };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Reads the values (serial numbers for dates, never display text) and the hyperlinks of the given tabs:
 * one `Values.batchGet` and one `Spreadsheets.get` per 100 tabs, whatever their size. With `withNotes`,
 * the same `get` returns the cells' notes (to clear the marks of the previous check).
 * Without the Sheets API it refuses in Russian (`requireSheets`): every action writes through it anyway.
 *
 * @param spreadsheetId - the spreadsheet
 * @param titles - the tabs to read (must exist)
 */
export function readGrids(spreadsheetId: string, titles: readonly string[], withNotes = false): GridsRead {
  const service = requireSheets();
  const sheets: SheetData[] = [];
  const notes = new Map<string, Map<string, string>>();
  const cellFields = withNotes ? 'hyperlink,note' : 'hyperlink';
  for (const part of chunks(titles, readChunk)) {
    const ranges = part.map((t) => tabRange(t));
    const values = service.Spreadsheets!.Values!.batchGet(spreadsheetId, {
      ranges,
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'SERIAL_NUMBER',
      majorDimension: 'ROWS',
    });
    const linked = service.Spreadsheets!.get(spreadsheetId, {
      ranges,
      fields: `sheets(properties.title,data.rowData.values(${cellFields}))`,
    });
    const byTitle = new Map<string, GoogleAppsScript.Sheets.Schema.Sheet>();
    for (const s of linked.sheets ?? []) byTitle.set(s.properties?.title ?? '', s);
    part.forEach((title, i) => {
      const grid = (values.valueRanges?.[i]?.values ?? []) as unknown[][];
      const { links, notes: tabNotes } = linksAndNotes(byTitle.get(title)?.data?.[0]?.rowData ?? []);
      sheets.push(links ? { name: title, values: grid, links } : { name: title, values: grid });
      if (withNotes) notes.set(title, tabNotes);
    });
  }
  return { sheets, notes };
}
