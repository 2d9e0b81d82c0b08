/**
 * The in-memory state behind the Apps Script fake: spreadsheets, tabs, cells, protections and
 * sharing, as both SpreadsheetApp and the Sheets API see them. Plain data, so tests can compare
 * a whole spreadsheet before and after (`snapshot`).
 */

export interface FakeFormat {
  numberFormat?: { type: string; pattern?: string };
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  /** `#rrggbb` */
  background?: string;
  link?: string;
}

export interface FakeCell {
  /** The value as the API returns it unformatted: text, number (dates are serials), boolean. */
  value: string | number | boolean | null;
  /** Set when the cell holds a formula (what a user typed starting with `=`). */
  formula?: string;
  note?: string;
  format: FakeFormat;
  validation?: readonly string[];
}

export interface FakeGridRange {
  sheetId: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}

export interface FakeProtection {
  id: number;
  sheetId: number;
  range: FakeGridRange;
  description: string;
  editors: string[];
  unprotectedRanges: FakeGridRange[];
}

/** An embedded chart as `addChart` gave it: its id, and the chart as sent (spec and position). */
export interface FakeChart {
  chartId: number;
  chart: Record<string, unknown>;
}

export interface FakeSheet {
  sheetId: number;
  title: string;
  hidden: boolean;
  rowCount: number;
  columnCount: number;
  frozenRows: number;
  frozenColumns: number;
  /** Sparse rows of cells. */
  cells: (FakeCell | undefined)[][];
  merges: FakeGridRange[];
  columnWidths: Record<number, number>;
  hiddenColumns: number[];
  charts: FakeChart[];
}

export interface FakeSpreadsheet {
  id: string;
  name: string;
  timeZone: string;
  owner: string;
  editors: string[];
  sheets: FakeSheet[];
  protections: FakeProtection[];
  nextProtectionId: number;
  /** Next id of an embedded object (charts); starts at 1 when absent. */
  nextChartId?: number;
}

/** Sheets' per-spreadsheet cell cap. */
export const cellCap = 10_000_000;

export function newSheet(sheetId: number, title: string, rows = 1000, columns = 26): FakeSheet {
  return {
    sheetId,
    title,
    hidden: false,
    rowCount: rows,
    columnCount: columns,
    frozenRows: 0,
    frozenColumns: 0,
    cells: [],
    merges: [],
    columnWidths: {},
    hiddenColumns: [],
    charts: [],
  };
}

export function cellAt(sheet: FakeSheet, row: number, column: number): FakeCell | undefined {
  return sheet.cells[row]?.[column];
}

/** The cell, created empty when absent. */
export function cellFor(sheet: FakeSheet, row: number, column: number): FakeCell {
  while (sheet.cells.length <= row) sheet.cells.push([]);
  const cells = sheet.cells[row]!;
  let cell = cells[column];
  if (!cell) {
    cell = { value: null, format: {} };
    cells[column] = cell;
  }
  return cell;
}

export function isEmptyCell(cell: FakeCell | undefined): boolean {
  return (
    !cell ||
    ((cell.value === null || cell.value === '') &&
      !cell.formula &&
      !cell.note &&
      !cell.validation &&
      Object.keys(cell.format).length === 0)
  );
}

/** Cells in use in a spreadsheet (what the 10-million cap counts). */
export function cellCount(book: FakeSpreadsheet): number {
  return book.sheets.reduce((sum, s) => sum + s.rowCount * s.columnCount, 0);
}

/** A deep, comparable copy: `expect(snapshot(a)).toEqual(snapshot(b))`. */
export function snapshot(book: FakeSpreadsheet): unknown {
  return JSON.parse(
    JSON.stringify({
      ...book,
      sheets: book.sheets.map((s) => ({
        ...s,
        cells: s.cells.map((row) => (row ?? []).map((c) => (isEmptyCell(c) ? null : c))),
      })),
    }),
  );
}

/** The tab of a name, or undefined. */
export function sheetNamed(book: FakeSpreadsheet, title: string): FakeSheet | undefined {
  return book.sheets.find((s) => s.title === title);
}

/** Values of a tab as a plain grid trimmed of trailing blanks: `''` for empty cells. */
export function valuesOf(sheet: FakeSheet): (string | number | boolean)[][] {
  const rows: (string | number | boolean)[][] = [];
  for (let r = 0; r < Math.min(sheet.rowCount, sheet.cells.length); r++) {
    const row: (string | number | boolean)[] = [];
    const cells = sheet.cells[r] ?? [];
    for (let c = 0; c < Math.min(sheet.columnCount, cells.length); c++) {
      const v = cells[c]?.value;
      row.push(v === null || v === undefined ? '' : v);
    }
    while (row.length > 0 && row[row.length - 1] === '') row.pop();
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}
