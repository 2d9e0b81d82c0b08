/**
 * The in-memory state behind the Apps Script fake: Drive items (folders, files, spreadsheets) with
 * their owner, editors, viewers and modification time; spreadsheets' tabs, cells and protections,
 * as SpreadsheetApp, the Sheets API, DriveApp and the Drive API see them. Plain data, so tests can
 * compare a whole spreadsheet before and after (`snapshot`, which leaves out the Drive times).
 */

/** MIME types of Drive items (https://developers.google.com/drive/api/guides/mime-types). */
export const folderMime = 'application/vnd.google-apps.folder';
export const spreadsheetMime = 'application/vnd.google-apps.spreadsheet';

/** General access of a file ("anyone with the link"), as `DriveApp.Access` / `DriveApp.Permission` name it. */
export interface FakeLinkSharing {
  access: 'PRIVATE' | 'ANYONE' | 'ANYONE_WITH_LINK' | 'DOMAIN' | 'DOMAIN_WITH_LINK';
  permission: 'VIEW' | 'COMMENT' | 'EDIT' | 'NONE';
}

/**
 * A Drive item: a folder, a plain file or (extended by `FakeSpreadsheet`) a spreadsheet. Addresses
 * are kept lower-case. `editors` includes the owner, as `Spreadsheet.getEditors()` lists them.
 */
export interface FakeDriveItem {
  id: string;
  name: string;
  mimeType: string;
  /** Folder ids; the fake's My Drive root is `FakeWorld.rootFolderId`. */
  parents: string[];
  /** '' for an item in a shared drive (no owner). */
  owner: string;
  editors: string[];
  viewers: string[];
  /** Per address shared with, whether Google would have sent a notification email. */
  notified: Record<string, boolean>;
  link: FakeLinkSharing;
  /** Epoch ms of the fake clock. */
  createdTime: number;
  /** Epoch ms: advanced on every content change (SpreadsheetApp, Sheets API, a user typing). */
  modifiedTime: number;
  /** Who made the last content change (Drive v3 `lastModifyingUser`); absent until someone does. */
  lastModifier?: string;
  trashed: boolean;
  /** Text content of a plain file. */
  content?: string;
  /**
   * Private key–value pairs of the app that set them (Drive v3 `appProperties`; "Private properties
   * are … visible only to the app that created them", https://developers.google.com/drive/api/guides/properties).
   */
  appProperties?: Record<string, string>;
}

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
  /** Only `sheetId` set: a protected sheet (the whole tab but its `unprotectedRanges`). */
  range: FakeGridRange;
  description: string;
  editors: string[];
  unprotectedRanges: FakeGridRange[];
  /** A warning, not a refusal: everyone may edit (Sheets API `ProtectedRange.warningOnly`). */
  warningOnly?: boolean;
}

/** An embedded chart as `addChart` gave it: its id, and the chart as sent (spec and position). */
interface FakeChart {
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

export interface FakeSpreadsheet extends FakeDriveItem {
  timeZone: string;
  /** The spreadsheet's locale (formatted values follow it): `ru_RU` unless a test says otherwise. */
  locale: string;
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

function isEmptyCell(cell: FakeCell | undefined): boolean {
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

/** A deep, comparable copy of the content and sharing (not the Drive times): `expect(snapshot(a)).toEqual(snapshot(b))`. */
export function snapshot(book: FakeSpreadsheet): unknown {
  const { createdTime: _created, modifiedTime: _modified, lastModifier: _modifier, ...content } = book;
  return JSON.parse(
    JSON.stringify({
      ...content,
      sheets: book.sheets.map((s) => ({
        ...s,
        cells: s.cells.map((row) => (row ?? []).map((c) => (isEmptyCell(c) ? null : c))),
      })),
    }),
  );
}

/** True for a tab protection (the range names only the sheet), false for a range protection. */
export function isSheetProtection(protection: FakeProtection): boolean {
  const r = protection.range;
  return (
    r.startRowIndex === undefined &&
    r.endRowIndex === undefined &&
    r.startColumnIndex === undefined &&
    r.endColumnIndex === undefined
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
