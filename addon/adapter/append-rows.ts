import type { OutValue, OutputSheet } from '../../core/grid/output-sheet';
import { cellData } from './cell-data';
import { sheetRequests } from './sheet-requests';
import type { SpreadsheetMeta } from './spreadsheet-meta';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/**
 * Requests that append rows below an append-only tab (`История`, `Журнал`) with `appendCells`
 * (typed values, no formulas), or create the tab from `emptyTab` (its header) with the rows when
 * it does not exist yet.
 *
 * @param meta - the spreadsheet
 * @param emptyTab - the tab with its header only
 * @param rows - the rows to append
 * @param newId - gid for the tab if it must be added
 */
export function appendRowsRequests(
  meta: SpreadsheetMeta,
  emptyTab: OutputSheet,
  rows: readonly (readonly OutValue[])[],
  newId: (title: string) => number,
): Request[] {
  if (rows.length === 0) return [];
  const existing = meta.sheets.find((s) => s.title === emptyTab.name);
  if (!existing) {
    const sheet: OutputSheet = { ...emptyTab, rows: [...emptyTab.rows, ...rows] };
    return sheetRequests(sheet, { sheetId: newId(emptyTab.name), existing: null });
  }
  return [
    {
      appendCells: {
        sheetId: existing.sheetId,
        rows: rows.map((row) => ({ values: row.map(cellData) })),
        fields: 'userEnteredValue,userEnteredFormat',
      },
    },
  ];
}
