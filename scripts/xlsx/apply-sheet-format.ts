import type ExcelJS from 'exceljs';
import type { CellRange, SheetFormat } from '../../core/grid/output-sheet';
import { fillColours, pixelsToChars } from './palette';

/** Excel's limit for a list written inline in a data validation. */
const inlineListLimit = 255;

/** Where long dropdown lists go: a hidden tab, one column per list. */
export interface ListStore {
  /** The range formula of a list, writing it to the hidden tab the first time. */
  readonly rangeOf: (values: readonly string[]) => string;
}

function eachCell(ws: ExcelJS.Worksheet, range: CellRange, apply: (cell: ExcelJS.Cell) => void): void {
  const rows = Math.max(1, range.rows ?? 1);
  const columns = Math.max(1, range.columns ?? 1);
  for (let r = 0; r < rows; r++) {
    const row = ws.getRow(range.row + r + 1);
    for (let c = 0; c < columns; c++) apply(row.getCell(range.column + c + 1));
  }
}

function listFormula(values: readonly string[], lists: ListStore): string {
  const inline = `"${values.join(',')}"`;
  const fitsInline = inline.length <= inlineListLimit && values.every((v) => !v.includes(',') && !v.includes('"'));
  return fitsInline ? inline : lists.rangeOf(values);
}

/**
 * Applies a `SheetFormat` to an exceljs worksheet: fonts, wrap, fills, text and number
 * formats, dropdowns (long lists through the hidden lists tab), notes, merges, frozen
 * panes, widths, hidden tab and columns, and protection with the editable ranges unlocked.
 *
 * @param ws - the worksheet, values already written
 * @param format - the format
 * @param lists - where long dropdown lists go
 */
export async function applySheetFormat(ws: ExcelJS.Worksheet, format: SheetFormat, lists: ListStore): Promise<void> {
  for (const range of format.bold ?? []) eachCell(ws, range, (cell) => (cell.font = { ...cell.font, bold: true }));
  for (const range of format.italic ?? []) eachCell(ws, range, (cell) => (cell.font = { ...cell.font, italic: true }));
  for (const range of format.wrap ?? []) {
    eachCell(ws, range, (cell) => (cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' }));
  }
  for (const range of format.fills ?? []) {
    const argb = fillColours[range.fill];
    eachCell(ws, range, (cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } }));
  }
  for (const range of format.text ?? []) eachCell(ws, range, (cell) => (cell.numFmt = '@'));
  for (const range of format.numberFormats ?? []) eachCell(ws, range, (cell) => (cell.numFmt = range.pattern));
  for (const range of format.dropdowns ?? []) {
    if (range.values.length === 0) continue;
    const formula = listFormula(range.values, lists);
    eachCell(ws, range, (cell) => {
      cell.dataValidation = { type: 'list', allowBlank: true, showErrorMessage: false, formulae: [formula] };
    });
  }
  for (const note of format.notes ?? []) ws.getRow(note.row + 1).getCell(note.column + 1).note = note.text;
  for (const m of format.merges ?? []) {
    const bottom = m.row + Math.max(1, m.rows ?? 1);
    const right = m.column + Math.max(1, m.columns ?? 1);
    if (bottom - m.row > 1 || right - m.column > 1) ws.mergeCells(m.row + 1, m.column + 1, bottom, right);
  }
  const xSplit = format.frozenColumns ?? 0;
  const ySplit = format.frozenRows ?? 0;
  if (xSplit > 0 || ySplit > 0) ws.views = [{ state: 'frozen', xSplit, ySplit }];
  (format.columnWidths ?? []).forEach((px, i) => {
    if (px > 0) ws.getColumn(i + 1).width = pixelsToChars(px);
  });
  for (const c of format.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
  if (format.hidden) ws.state = 'hidden';
  if (format.editable) {
    for (const range of format.editable) eachCell(ws, range, (cell) => (cell.protection = { locked: false }));
    // No password: protection guards against slips, as in Sheets; the committee can lift it.
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
}
