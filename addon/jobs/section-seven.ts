import { decisionsSection } from '../../core/form/form-spec';
import type { SheetData } from '../../core/grid/sheet-data';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { cellData } from '../adapter/cell-data';
import { formatRequests, gridRange, type ProtectionSpec, protectionRequests } from '../adapter/sheet-requests';
import type { SheetMeta } from '../adapter/spreadsheet-meta';

type Request = GoogleAppsScript.Sheets.Schema.Request;

function label(value: unknown): string {
  return typeof value === 'string' ? value.trim().toLowerCase().replace(/\s+/g, ' ').replace(/ё/g, 'е') : '';
}

function titleRow(rows: readonly (readonly unknown[])[]): number {
  const wanted = label(decisionsSection.title);
  return rows.findIndex((row) => label(row[0]) === wanted);
}

/**
 * The requests that rewrite section 7 («Рекомендации комитета») of an organisation tab and what
 * follows it, from the core's rendering of the tab with the current recommendations: only that
 * block is written (the sections the school fills are not touched, so an edit made meanwhile is not
 * lost), at the row where the tab has it. With the tab laid out as the template, its protection is
 * renewed so new decision rows stay editable. Null when the tab has no section 7 (it is reported by
 * the check).
 *
 * @param sheet - the tab as it is (id, size, protections)
 * @param existing - its values as read
 * @param rendered - `renderOrgTab(…, existing, recommendations)`
 * @param protection - the tab's editors
 */
export function sectionSevenRequests(
  sheet: SheetMeta,
  existing: SheetData,
  rendered: OutputSheet,
  protection: ProtectionSpec,
): Request[] | null {
  const from = titleRow(rendered.rows);
  const at = titleRow(existing.values);
  if (from < 0 || at < 0) return null;
  const block = rendered.rows.slice(from);
  const { sheetId } = sheet;
  const rowCount = Math.max(sheet.rows, at + block.length);
  const columns = sheet.columns;
  const requests: Request[] = [];
  if (rowCount > sheet.rows) {
    requests.push({
      updateSheetProperties: {
        properties: { sheetId, gridProperties: { rowCount } },
        fields: 'gridProperties.rowCount',
      },
    });
  }
  const area = { sheetId, startRowIndex: at, endRowIndex: rowCount, startColumnIndex: 0, endColumnIndex: columns };
  requests.push({ unmergeCells: { range: area } });
  requests.push({
    updateCells: {
      range: area,
      rows: block.map((row) => ({ values: row.slice(0, columns).map(cellData) })),
      fields: 'userEnteredValue,userEnteredFormat,note,dataValidation',
    },
  });
  requests.push(...formatRequests(sheetId, rendered.format, (r) => r.row >= from && r.column < columns, at - from));
  if (at === from) {
    const editable = (rendered.format.editable ?? []).map((r) => gridRange(sheetId, r));
    requests.push(...protectionRequests(sheetId, sheet, protection, editable));
  }
  return requests;
}
