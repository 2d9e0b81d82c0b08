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

/** What our formats set on one cell; cells with the same draft share one exceljs style object. */
interface StyleDraft {
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  fill?: string;
  numFmt?: string;
  unlocked?: boolean;
  border?: boolean;
}

/** A thin grey line on every side: table cells that print as a table even when empty. */
const thinBorder: Partial<ExcelJS.Borders> = (() => {
  const side: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
  return { top: side, left: side, bottom: side, right: side };
})();

/** The font of every written cell. */
const cellFont = { name: 'Arial', family: 2, size: 10 } as const;

/**
 * Style objects shared by every cell that looks the same. exceljs renders a cell's style to XML
 * to find its id unless it has seen that very object before, so one object per look (not per
 * cell) cuts the writing of a 1,000-tab book by about a second.
 */
export class SharedStyles {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  /** The one style object for a draft. */
  of(draft: StyleDraft): Partial<ExcelJS.Style> {
    const key = `${draft.bold ? 1 : 0}${draft.italic ? 1 : 0}${draft.wrap ? 1 : 0}${draft.unlocked ? 1 : 0}${draft.border ? 1 : 0}|${draft.fill ?? ''}|${draft.numFmt ?? ''}`;
    let style = this.styles.get(key);
    if (!style) {
      // Arial 10 (Liberation Sans in LibreOffice), on which the print layout is measured, not the
      // default Calibri that LibreOffice without Carlito replaces by a wider font; text at the top.
      style = {
        font: { ...cellFont, ...(draft.bold ? { bold: true } : {}), ...(draft.italic ? { italic: true } : {}) },
        alignment: draft.wrap ? { wrapText: true, vertical: 'top' } : { vertical: 'top' },
      };
      if (draft.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: draft.fill } };
      if (draft.numFmt) style.numFmt = draft.numFmt;
      if (draft.unlocked) style.protection = { locked: false };
      if (draft.border) style.border = thinBorder;
      this.styles.set(key, style);
    }
    return style;
  }
}

/** What a user may do on a protected sheet with nothing to type into: select cells, size columns and rows. */
const lockedProtection = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
} as const satisfies Partial<ExcelJS.WorksheetProtection>;

/**
 * What a user may do on a protected sheet with cells to type into (exceljs `protect` options, written
 * as `<sheetProtection>`, honoured by Excel, LibreOffice and OnlyOffice-based editors): also insert
 * rows — a school adds event and training rows, as `Инструкция` says. Deleting rows stays protected:
 * a row could take a label, a title or a locked value with it, and a row inserted by mistake may stay
 * blank (blank rows are skipped).
 */
const formProtection = {
  ...lockedProtection,
  insertRows: true,
} as const satisfies Partial<ExcelJS.WorksheetProtection>;

/** Drafts of a sheet's cells, by 0-based row and column. */
export class StyleDrafts {
  private readonly drafts = new Map<number, Map<number, StyleDraft>>();

  /** The draft of one cell, created empty. */
  at(row: number, column: number): StyleDraft {
    let byColumn = this.drafts.get(row);
    if (!byColumn) {
      byColumn = new Map();
      this.drafts.set(row, byColumn);
    }
    let draft = byColumn.get(column);
    if (!draft) {
      draft = {};
      byColumn.set(column, draft);
    }
    return draft;
  }

  /** Sets every range's cells. */
  each(range: CellRange, apply: (draft: StyleDraft) => void): void {
    const rows = Math.max(1, range.rows ?? 1);
    const columns = Math.max(1, range.columns ?? 1);
    for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) apply(this.at(range.row + r, range.column + c));
  }

  /** Gives each drafted cell of the worksheet its shared style. */
  applyTo(ws: ExcelJS.Worksheet, shared: SharedStyles): void {
    for (const [r, byColumn] of this.drafts) {
      const row = ws.getRow(r + 1);
      for (const [c, draft] of byColumn) row.getCell(c + 1).style = shared.of(draft) as ExcelJS.Style;
    }
  }
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
 * Applies a `SheetFormat` to an exceljs worksheet: fonts, wrap, fills, thin borders, text and number
 * formats, dropdowns (long lists through the hidden lists tab), notes, merges, frozen
 * panes, widths, hidden tab and columns, and protection with the editable ranges unlocked.
 *
 * Cell styles are gathered as drafts first (with the number formats the values need, from
 * `drafts`) and each cell then gets the one style object shared by cells that look the same.
 *
 * @param ws - the worksheet, values already written
 * @param format - the format
 * @param lists - where long dropdown lists go
 * @param drafts - the styles the values need (dates' number formats), by cell
 * @param shared - the workbook's shared style objects
 */
export async function applySheetFormat(
  ws: ExcelJS.Worksheet,
  format: SheetFormat,
  lists: ListStore,
  drafts: StyleDrafts = new StyleDrafts(),
  shared: SharedStyles = new SharedStyles(),
): Promise<void> {
  for (const range of format.bold ?? []) drafts.each(range, (d) => (d.bold = true));
  for (const range of format.italic ?? []) drafts.each(range, (d) => (d.italic = true));
  for (const range of format.wrap ?? []) drafts.each(range, (d) => (d.wrap = true));
  for (const range of format.fills ?? []) drafts.each(range, (d) => (d.fill = fillColours[range.fill]));
  for (const range of format.text ?? []) drafts.each(range, (d) => (d.numFmt = '@'));
  for (const range of format.numberFormats ?? []) drafts.each(range, (d) => (d.numFmt = range.pattern));
  for (const range of format.editable ?? []) drafts.each(range, (d) => (d.unlocked = true));
  for (const range of format.borders ?? []) drafts.each(range, (d) => (d.border = true));
  drafts.applyTo(ws, shared);
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
  if (format.hidden) ws.state = format.hidden === 'very' ? 'veryHidden' : 'hidden';
  if (format.editable) {
    // No password: protection guards against slips, as in Sheets; the committee can lift it.
    await ws.protect('', format.editable.length > 0 ? formProtection : lockedProtection);
  }
}
