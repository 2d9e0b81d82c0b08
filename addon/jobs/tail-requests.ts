import type { OrgTabPlan } from '../../core/form/plan-org-tab';
import { gridBox } from '../adapter/a1-range';
import { cellData } from '../adapter/cell-data';
import { formatRequests, gridRange, type ProtectionSpec, protectionRequests } from '../adapter/sheet-requests';
import type { SheetMeta } from '../adapter/spreadsheet-meta';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/** Rows × columns of a tab after a tail write: what it had, grown to hold the plan. */
export function sizeAfterTail(sheet: SheetMeta, plan: Pick<OrgTabPlan, 'sheet'>): { rows: number; columns: number } {
  const width = Math.max(0, ...plan.sheet.rows.map((r) => r.length));
  return { rows: Math.max(sheet.rows, plan.sheet.rows.length), columns: Math.max(sheet.columns, width) };
}

/**
 * The requests that write an organisation tab from the plan's row `from` to its end: section 7 and
 * what follows it for a build into a tab laid out as the template, or only the rows appended to
 * «Перенесённые значения» for a check. The rows above are not touched, so an edit a school made
 * there meanwhile is not lost. With `protection` (a build), the tab's protection is renewed so new
 * decision rows stay editable. Nothing when the plan writes no rows.
 *
 * @param sheet - the tab as it is (id, size, protections)
 * @param plan - `planOrgTab(…)` with `from` > 0
 * @param protection - the tab's editors, to renew its editable ranges; null leaves them
 */
export function tailRequests(
  sheet: SheetMeta,
  plan: Pick<OrgTabPlan, 'sheet' | 'from'>,
  protection: ProtectionSpec | null,
): Request[] {
  const { from } = plan;
  const block = plan.sheet.rows.slice(from);
  if (block.length === 0) return [];
  const { sheetId } = sheet;
  const size = sizeAfterTail(sheet, plan);
  const requests: Request[] = [];
  if (size.rows > sheet.rows || size.columns > sheet.columns) {
    requests.push({
      updateSheetProperties: {
        properties: { sheetId, gridProperties: { rowCount: size.rows, columnCount: size.columns } },
        fields: 'gridProperties.rowCount,gridProperties.columnCount',
      },
    });
  }
  const area = gridBox(sheetId, from, size.rows, 0, size.columns);
  requests.push({ unmergeCells: { range: area } });
  requests.push({
    updateCells: {
      range: area,
      rows: block.map((row) => ({ values: row.map(cellData) })),
      fields: 'userEnteredValue,userEnteredFormat,note,dataValidation',
    },
  });
  requests.push(...formatRequests(sheetId, plan.sheet.format, (r) => r.row >= from && r.column < size.columns, 0));
  if (protection) {
    const editable = (plan.sheet.format.editable ?? []).map((r) => gridRange(sheetId, r));
    requests.push(...protectionRequests(sheetId, { ...sheet, ...size }, protection, editable));
  }
  return requests;
}
