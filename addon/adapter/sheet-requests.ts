import { gridHash } from '../../core/check/grid-hash';
import { gridBox } from './a1-range';
import type { CellRange, OutputSheet, SheetFormat } from '../../core/grid/output-sheet';
import { cellData } from './cell-data';
import { chartFootprint, chartRequests } from './chart-requests';
import { fillColor } from './colors';
import type { SheetMeta } from './spreadsheet-meta';

type Request = GoogleAppsScript.Sheets.Schema.Request;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;
type CellFormat = GoogleAppsScript.Sheets.Schema.CellFormat;

/**
 * Who may edit a tab once written (design §3): the locked cells (everything but `format.editable`)
 * the committee only; the input cells every editor of the file, unless `inputEditors` narrows them.
 */
export interface ProtectionSpec {
  /** The committee: the only editors of the locked cells. */
  readonly editors: readonly string[];
  readonly description: string;
  /**
   * A spreadsheet shared with several organisations: an unprotected range of a protected sheet is
   * open to every editor of the file, so each input range gets a protection of its own whose
   * editors are these (the organisation and the committee).
   */
  readonly inputEditors?: readonly string[];
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
  return gridBox(sheetId, r.row, r.row + (r.rows ?? 1), r.column, r.column + (r.columns ?? 1));
}

function repeat(sheetId: number, r: CellRange, format: CellFormat, fields: string): Request {
  return { repeatCell: { range: gridRange(sheetId, r), cell: { userEnteredFormat: format }, fields } };
}

/**
 * Sets a property of columns `[start, end)` of a tab (`pixelSize`, `hiddenByUser`).
 *
 * @example columnsRequest(0, 7, 8, { hiddenByUser: true }) // hides column H
 */
export function columnsRequest(
  sheetId: number,
  start: number,
  end: number,
  properties: GoogleAppsScript.Sheets.Schema.DimensionProperties,
): Request {
  return {
    updateDimensionProperties: {
      range: { sheetId, dimension: 'COLUMNS', startIndex: start, endIndex: end },
      properties,
      fields: Object.keys(properties).join(','),
    },
  };
}

/**
 * Writes one cell's data (`fields` of it) at a 0-based row and column.
 *
 * @example cellRequest(7, 1, 0, { note: 'Ошибка: …' }, 'note')
 */
export function cellRequest(
  sheetId: number,
  rowIndex: number,
  columnIndex: number,
  data: GoogleAppsScript.Sheets.Schema.CellData,
  fields: string,
): Request {
  return { updateCells: { start: { sheetId, rowIndex, columnIndex }, rows: [{ values: [data] }], fields } };
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
    requests.push(columnsRequest(sheetId, 0, size.columns, { hiddenByUser: false }));
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
      range: gridBox(sheetId, 0, size.rows, 0, size.columns),
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
      requests.push(cellRequest(sheetId, n.row, n.column, { note: n.text }, 'note'));
    }
  }
  requests.push(...formatRequests(sheetId, f));
  (f.columnWidths ?? []).forEach((width, column) => {
    requests.push(columnsRequest(sheetId, column, column + 1, { pixelSize: width }));
  });
  for (const column of f.hiddenColumns ?? [])
    requests.push(columnsRequest(sheetId, column, column + 1, { hiddenByUser: true }));
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
 * Ranges as few rectangles: two that share their columns and touch or overlap vertically, or share
 * their rows and touch horizontally, become one (a section's fields are one cell each of column B,
 * a table's columns are declared one by one), until none can; duplicates go; sorted.
 *
 * @param ranges - bounded ranges of one tab
 */
export function mergeRanges(ranges: readonly GridRange[]): GridRange[] {
  type Box = [number, number, number, number];
  let boxes = ranges.map((r): Box => [r.startRowIndex!, r.endRowIndex!, r.startColumnIndex!, r.endColumnIndex!]);
  for (let merged = true; merged; ) {
    merged = false;
    for (let i = 0; i < boxes.length && !merged; i++) {
      for (let j = i + 1; j < boxes.length && !merged; j++) {
        const [a0, a1, a2, a3] = boxes[i]!;
        const [b0, b1, b2, b3] = boxes[j]!;
        const rows = a2 === b2 && a3 === b3 && b0 <= a1 && a0 <= b1;
        const columns = a0 === b0 && a1 === b1 && b2 <= a3 && a2 <= b3;
        if (rows || columns) {
          boxes[i] = [Math.min(a0, b0), Math.max(a1, b1), Math.min(a2, b2), Math.max(a3, b3)];
          boxes.splice(j, 1);
          merged = true;
        }
      }
    }
  }
  boxes = boxes.sort((a, b) => a[0] - b[0] || a[2] - b[2]);
  const sheetId = ranges[0]?.sheetId;
  return boxes.map(([startRowIndex, endRowIndex, startColumnIndex, endColumnIndex]) => ({
    sheetId,
    startRowIndex,
    endRowIndex,
    startColumnIndex,
    endColumnIndex,
  }));
}

/**
 * The stamp of a tab's unprotected ranges that its protection's description ends with (` #1a2b3c4d`):
 * «Проверить защиту» recomputes it from the ranges Sheets reports, so a range moved or widened by
 * hand (a locked cell left open) shows. Empty for none.
 *
 * @param ranges - the unprotected ranges, in any order
 */
export function rangesStamp(ranges: readonly GridRange[]): string {
  const merged = mergeRanges(ranges);
  if (merged.length === 0) return '';
  const cells = merged.map((r) => [r.startRowIndex, r.endRowIndex, r.startColumnIndex, r.endColumnIndex]);
  return ` #${gridHash({ values: cells })}`;
}

/**
 * Replaces a tab's protections (design §3): one over the whole tab for `editors` (the committee)
 * but the input ranges, merged, its description stamped with them (`rangesStamp`); with
 * `inputEditors`, one more per input range for them. Deleting and adding in the same batch leaves
 * no moment unprotected.
 *
 * @param sheetId - the tab
 * @param existing - the tab as it is (its protections are deleted)
 * @param protection - who edits what
 * @param unprotectedRanges - the input cells
 */
export function protectionRequests(
  sheetId: number,
  existing: SheetMeta | null,
  protection: ProtectionSpec,
  unprotectedRanges: readonly GridRange[] = [],
): Request[] {
  const ranges = mergeRanges(unprotectedRanges);
  const users = (list: readonly string[]) => ({ users: [...new Set(list.map((e) => e.toLowerCase()))] });
  const add = (range: GridRange, editors: readonly string[], extra: object = {}): Request => ({
    addProtectedRange: {
      protectedRange: { range, description: protection.description, editors: users(editors), ...extra },
    },
  });
  const requests: Request[] = (existing?.protections ?? []).map((p) => ({
    deleteProtectedRange: { protectedRangeId: p.id },
  }));
  requests.push(
    add({ sheetId }, protection.editors, {
      description: protection.description + rangesStamp(ranges),
      ...(ranges.length ? { unprotectedRanges: ranges } : {}),
    }),
  );
  const inputs = protection.inputEditors;
  if (inputs) for (const range of ranges) requests.push(add(range, inputs));
  return requests;
}
