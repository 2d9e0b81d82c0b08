import type { CellRange, OutputSheet, SheetFormat } from '../../core/grid/output-sheet';
import { cellData } from './cell-data';
import { chartFootprint, chartRequests } from './chart-requests';
import { fillColor } from './colors';
import type { SheetMeta } from './spreadsheet-meta';

type Request = GoogleAppsScript.Sheets.Schema.Request;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;
type CellFormat = GoogleAppsScript.Sheets.Schema.CellFormat;

/** Who may edit a tab once written: everything else than `format.editable` is locked to them. */
export interface ProtectionSpec {
  readonly editors: readonly string[];
  readonly description: string;
}

/** Where a sheet is written: an existing tab (kept, with its gid) or a new one with a chosen id. */
export interface WriteTarget {
  readonly sheetId: number;
  /** The tab as it is now; null to add it. */
  readonly existing: SheetMeta | null;
  /** Position of a new tab. */
  readonly index?: number;
}

/** Rows × columns a sheet needs: its content and every formatted range, never less than the frozen panes + 1. */
export function sheetSize(sheet: OutputSheet): { rows: number; columns: number } {
  let rows = sheet.rows.length;
  let columns = 0;
  for (const row of sheet.rows) columns = Math.max(columns, row.length);
  const f = sheet.format;
  const ranges: CellRange[] = [
    ...(f.bold ?? []),
    ...(f.italic ?? []),
    ...(f.wrap ?? []),
    ...(f.fills ?? []),
    ...(f.text ?? []),
    ...(f.numberFormats ?? []),
    ...(f.dropdowns ?? []),
    ...(f.merges ?? []),
    ...(f.editable ?? []),
    ...(f.notes ?? []),
    // A chart's anchor cell must exist on the grid, and the grid reach past the chart.
    ...(f.charts ?? []).map(chartFootprint),
  ];
  for (const r of ranges) {
    rows = Math.max(rows, r.row + (r.rows ?? 1));
    columns = Math.max(columns, r.column + (r.columns ?? 1));
  }
  columns = Math.max(columns, f.columnWidths?.length ?? 0, (f.frozenColumns ?? 0) + 1, 1);
  rows = Math.max(rows, (f.frozenRows ?? 0) + 1, 1);
  return { rows, columns };
}

/** A 0-based `CellRange` as a Sheets `GridRange`. */
export function gridRange(sheetId: number, r: CellRange): GridRange {
  return {
    sheetId,
    startRowIndex: r.row,
    endRowIndex: r.row + (r.rows ?? 1),
    startColumnIndex: r.column,
    endColumnIndex: r.column + (r.columns ?? 1),
  };
}

function repeat(sheetId: number, r: CellRange, format: CellFormat, fields: string): Request {
  return { repeatCell: { range: gridRange(sheetId, r), cell: { userEnteredFormat: format }, fields } };
}

function numberFormatType(pattern: string): string {
  if (/[dy]/i.test(pattern) && /[hs]/i.test(pattern)) return 'DATE_TIME';
  if (/[dy]/i.test(pattern)) return 'DATE';
  return 'NUMBER';
}

/**
 * The requests that make a tab exactly `sheet`: in ONE request list, so the tab is never left
 * cleared and not refilled. An existing tab keeps its gid: it is unmerged, resized to the content
 * (rows beyond it dropped: the cell cap), and one `updateCells` over the whole grid writes the typed
 * values and clears every other value, format, note and dropdown. Formats, dropdowns, merges, widths
 * follow; with `protection`, the tab's protections are replaced by one whose unprotected ranges are
 * `format.editable`. A tab whose format declares `charts` has its charts replaced by them (the old
 * ones deleted by id in the same batch, so a rebuild never doubles them).
 *
 * @param sheet - the tab as data
 * @param target - the existing tab or the id of a new one
 * @param protection - editors of the tab; undefined leaves protections as they are
 */
export function sheetRequests(sheet: OutputSheet, target: WriteTarget, protection?: ProtectionSpec): Request[] {
  const { sheetId, existing } = target;
  const f = sheet.format;
  const size = sheetSize(sheet);
  const grid = {
    rowCount: size.rows,
    columnCount: size.columns,
    frozenRowCount: f.frozenRows ?? 0,
    frozenColumnCount: f.frozenColumns ?? 0,
  };
  const requests: Request[] = [];
  // Only a tab that declares charts has its charts replaced: others keep what people drew on them.
  const charts = f.charts ? chartRequests(sheetId, existing, f.charts) : { remove: [], add: [] };
  requests.push(...charts.remove);
  if (existing) {
    requests.push({ unmergeCells: { range: { sheetId } } });
    requests.push({
      updateSheetProperties: {
        properties: { sheetId, gridProperties: grid, hidden: f.hidden === true },
        fields:
          'gridProperties.rowCount,gridProperties.columnCount,gridProperties.frozenRowCount,gridProperties.frozenColumnCount,hidden',
      },
    });
    requests.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'COLUMNS', startIndex: 0, endIndex: size.columns },
        properties: { hiddenByUser: false },
        fields: 'hiddenByUser',
      },
    });
  } else {
    requests.push({
      addSheet: {
        properties: {
          sheetId,
          title: sheet.name,
          gridProperties: grid,
          hidden: f.hidden === true,
          ...(target.index !== undefined ? { index: target.index } : {}),
        },
      },
    });
  }
  const notes = new Map<string, string>();
  for (const n of f.notes ?? []) notes.set(`${n.row},${n.column}`, n.text);
  requests.push({
    updateCells: {
      range: { sheetId, startRowIndex: 0, endRowIndex: size.rows, startColumnIndex: 0, endColumnIndex: size.columns },
      rows: sheet.rows.map((row, r) => ({
        values: row.map((value, c) => {
          const note = notes.get(`${r},${c}`);
          const cell = cellData(value);
          return note ? { ...cell, note } : cell;
        }),
      })),
      fields: 'userEnteredValue,userEnteredFormat,note,dataValidation',
    },
  });
  // Notes on cells past the content rows.
  for (const n of f.notes ?? []) {
    if (n.row >= sheet.rows.length || n.column >= (sheet.rows[n.row]?.length ?? 0)) {
      requests.push({
        updateCells: {
          start: { sheetId, rowIndex: n.row, columnIndex: n.column },
          rows: [{ values: [{ note: n.text }] }],
          fields: 'note',
        },
      });
    }
  }
  requests.push(...formatRequests(sheetId, f));
  (f.columnWidths ?? []).forEach((width, column) => {
    requests.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'COLUMNS', startIndex: column, endIndex: column + 1 },
        properties: { pixelSize: width },
        fields: 'pixelSize',
      },
    });
  });
  for (const column of f.hiddenColumns ?? []) {
    requests.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'COLUMNS', startIndex: column, endIndex: column + 1 },
        properties: { hiddenByUser: true },
        fields: 'hiddenByUser',
      },
    });
  }
  requests.push(...charts.add);
  if (protection)
    requests.push(
      ...protectionRequests(
        sheetId,
        existing,
        protection,
        (f.editable ?? []).map((r) => gridRange(sheetId, r)),
      ),
    );
  return requests;
}

/**
 * The look of some cells (text and number formats, bold, italic, wrap, fills, dropdowns, merges) as
 * requests, each range moved down by `shift` rows; ranges `keep` rejects are left out.
 *
 * @param sheetId - the tab
 * @param f - the format
 * @param keep - which ranges to apply (by their unshifted row)
 * @param shift - rows to add to every range
 */
export function formatRequests(
  sheetId: number,
  f: SheetFormat,
  keep: (r: CellRange) => boolean = () => true,
  shift = 0,
): Request[] {
  const requests: Request[] = [];
  const moved = <T extends CellRange>(list: readonly T[] | undefined): T[] =>
    (list ?? []).filter(keep).map((r) => ({ ...r, row: r.row + shift }));
  for (const r of moved(f.text))
    requests.push(repeat(sheetId, r, { numberFormat: { type: 'TEXT' } }, 'userEnteredFormat.numberFormat'));
  for (const r of moved(f.numberFormats)) {
    requests.push(
      repeat(
        sheetId,
        r,
        { numberFormat: { type: numberFormatType(r.pattern), pattern: r.pattern } },
        'userEnteredFormat.numberFormat',
      ),
    );
  }
  for (const r of moved(f.bold))
    requests.push(repeat(sheetId, r, { textFormat: { bold: true } }, 'userEnteredFormat.textFormat.bold'));
  for (const r of moved(f.italic))
    requests.push(repeat(sheetId, r, { textFormat: { italic: true } }, 'userEnteredFormat.textFormat.italic'));
  for (const r of moved(f.wrap))
    requests.push(repeat(sheetId, r, { wrapStrategy: 'WRAP' }, 'userEnteredFormat.wrapStrategy'));
  for (const r of moved(f.fills)) {
    requests.push(repeat(sheetId, r, { backgroundColor: fillColor(r.fill) }, 'userEnteredFormat.backgroundColor'));
  }
  for (const d of moved(f.dropdowns)) {
    requests.push({
      setDataValidation: {
        range: gridRange(sheetId, d),
        rule: {
          condition: { type: 'ONE_OF_LIST', values: d.values.map((v) => ({ userEnteredValue: v })) },
          strict: false,
          showCustomUi: true,
        },
      },
    });
  }
  for (const m of moved(f.merges))
    requests.push({ mergeCells: { range: gridRange(sheetId, m), mergeType: 'MERGE_ALL' } });
  return requests;
}

/**
 * Replaces a tab's protections by one over the whole tab: its editors, and the unprotected ranges
 * the organisation fills in. Deleting and adding in the same batch leaves no moment unprotected.
 */
export function protectionRequests(
  sheetId: number,
  existing: SheetMeta | null,
  protection: ProtectionSpec,
  unprotectedRanges: readonly GridRange[] = [],
): Request[] {
  const requests: Request[] = (existing?.protections ?? []).map((p) => ({
    deleteProtectedRange: { protectedRangeId: p.id },
  }));
  requests.push({
    addProtectedRange: {
      protectedRange: {
        range: { sheetId },
        description: protection.description,
        warningOnly: false,
        editors: { users: [...new Set(protection.editors.map((e) => e.toLowerCase()))] },
        ...(unprotectedRanges.length ? { unprotectedRanges: [...unprotectedRanges] } : {}),
      },
    },
  });
  return requests;
}
