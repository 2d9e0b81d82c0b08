import type { OutValue, OutputSheet } from '../../core/grid/output-sheet';
import { cellData } from './cell-data';
import { type ProtectionSpec, sheetRequests } from './sheet-requests';
import type { SpreadsheetMeta } from './spreadsheet-meta';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/**
 * Requests that append rows below an append-only tab (`История`, `Журнал`) with `appendCells`
 * (typed values, no formulas), or create the tab from `emptyTab` (its header) with the rows when
 * it does not exist yet — protected by `protection` when given, so that a tab the add-on adds to a
 * spreadsheet organisations can edit (`в этой таблице`) is never open to them, not even once.
 *
 * @param meta - the spreadsheet
 * @param emptyTab - the tab with its header only
 * @param rows - the rows to append
 * @param newId - gid for the tab if it must be added
 * @param protection - who may edit the tab if it must be added (default: no protection)
 */
export function appendRowsRequests(
  meta: SpreadsheetMeta,
  emptyTab: OutputSheet,
  rows: readonly (readonly OutValue[])[],
  newId: (title: string) => number,
  protection?: ProtectionSpec,
): Request[] {
  if (rows.length === 0) return [];
  const existing = meta.sheets.find((s) => s.title === emptyTab.name);
  if (!existing) {
    const sheet: OutputSheet = { ...emptyTab, rows: [...emptyTab.rows, ...rows] };
    return sheetRequests(sheet, { sheetId: newId(emptyTab.name), existing: null }, protection);
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
