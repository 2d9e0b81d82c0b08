import { a1 } from '../grid/a1';
import type { OutValue, OutputSheet, SheetFormat } from '../grid/output-sheet';
import type { SheetData } from '../grid/sheet-data';
import type { Cell, CellMap } from './cell-map';
import { formColumns, movedValuesBlock } from './form-spec';
import { locateForm } from './locate-form';
import { movedEditableColumns } from './tab-layout';
import type { TypedCell } from './typed-cells';

/** A value kept in «Перенесённые значения»: where it stood (0-based, and as `D17`), where it is now. */
export interface MovedValue {
  readonly from: Cell;
  readonly address: string;
  readonly value: OutValue;
  readonly to: Cell;
}

/**
 * A tab to be written as the core reads tabs: links as their text beside a `links` grid.
 *
 * @param sheet - the tab as data
 * @example asSheetData({ name: 'S', rows: [[{ kind: 'link', url: 'https://x', text: 'x' }]], format: {} }).links // [['https://x']]
 */
export function asSheetData(sheet: OutputSheet): SheetData {
  const links = sheet.rows.map((row) =>
    row.map((v) => (v && typeof v === 'object' && v.kind === 'link' ? v.url : null)),
  );
  const values = sheet.rows.map((row) =>
    row.map((v) => (v && typeof v === 'object' ? (v.kind === 'link' ? v.text : v) : v)),
  );
  return { name: sheet.name, values, links };
}

/** How the kept values are labelled in «Перенесённые значения». */
export interface MovedLabels {
  /** Where the tab they stood in came from, after each address: «было в B14 (принято из файла …)». */
  readonly source?: string;
  /** A cell's whole «Где было» text when it was already a kept value (its first address stays). */
  readonly addressOf?: (cell: Cell) => string | undefined;
}

/**
 * The tab with the lost values appended in «Перенесённые значения» (a new block unless the tab
 * already ends with one), each as «было в D17» (with `labels.source` after it when given) and the
 * value, and each lost cell linked in `map` to its new place.
 *
 * @param sheet - the tab as it will be written
 * @param lost - the cells whose values the write would lose
 * @param map - where the cells of the tab as read go (added to)
 * @param labels - where the lost values came from, and addresses to keep as they were
 * @example withMovedValues(sheet, [{ row: 16, column: 3, value: 'заметка' }], map).moved[0].address // 'D17'
 */
export function withMovedValues(
  sheet: OutputSheet,
  lost: readonly TypedCell[],
  map: CellMap,
  labels: MovedLabels = {},
): { sheet: OutputSheet; moved: MovedValue[] } {
  const rows: OutValue[][] = sheet.rows.map((r) => [...r]);
  const f = sheet.format;
  const bold = [...(f.bold ?? [])];
  const italic = [...(f.italic ?? [])];
  const fills = [...(f.fills ?? [])];
  const editable = [...(f.editable ?? [])];
  const sections = locateForm(asSheetData(sheet)).sections;
  const last = [...sections].sort((a, b) => b[1].row - a[1].row)[0];
  if (last?.[0] !== movedValuesBlock.id) {
    rows.push([]);
    bold.push({ row: rows.push([movedValuesBlock.title]) - 1, column: 0 });
    italic.push({ row: rows.push([movedValuesBlock.intro]) - 1, column: 0 });
    const head = rows.push(movedValuesBlock.columns.map((c) => c.header)) - 1;
    bold.push({ row: head, column: 0, columns: movedValuesBlock.columns.length });
    fills.push({ row: head, column: 0, columns: movedValuesBlock.columns.length, fill: 'header' });
  }
  const start = rows.length;
  const pad = (row: OutValue[]) => {
    while (row.length < formColumns) row.push(null);
    return row;
  };
  for (let r = sheet.rows.length; r < rows.length; r++) pad(rows[r]!);
  const moved = [...lost]
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map((cell): MovedValue => {
      const address = a1(cell.row + 1, cell.column + 1);
      const text = labels.addressOf?.(cell) ?? movedValuesBlock.addressText(address, labels.source);
      const to = { row: rows.push(pad([text, cell.value])) - 1, column: 1 };
      map.link({ row: cell.row, column: cell.column }, to);
      return { from: { row: cell.row, column: cell.column }, address, value: cell.value, to };
    });
  fills.push({ row: start, column: 0, rows: moved.length, fill: 'locked' });
  editable.push({ row: start, column: 1, rows: moved.length, columns: movedEditableColumns });
  const format: SheetFormat = { ...f, bold, italic, fills, editable };
  return { sheet: { ...sheet, rows, format }, moved };
}
