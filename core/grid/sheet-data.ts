import type { DateSystem } from '../dates/serial-date';

/**
 * A tab as the adapters hand it to the core: the values exactly as `Range.getValues()`,
 * the Sheets API or exceljs give them (strings, numbers, booleans, `Date`, serial numbers,
 * formula error strings), and beside them the hyperlinks of the cells that have one.
 * Rows may be ragged and shorter than the tab; indexes are 0-based.
 */
export interface SheetData {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
  /** Same shape as `values` where present; `null`/`undefined` where a cell has no link. */
  readonly links?: readonly (readonly (string | null | undefined)[])[];
}

/**
 * Everything the core reads: the committee's tabs and the reports spreadsheet's tabs.
 * In the one-file form both lists hold the same tabs.
 */
export interface WorkbookData {
  readonly committee: readonly SheetData[];
  readonly reports: readonly SheetData[];
  /** The IANA zone in which `Date` cells stand for midnight: the spreadsheet's zone for Apps Script, `UTC` for exceljs. */
  readonly timeZone: string;
  /** How serial day numbers count (an .xlsx may use Excel for Mac's `1904`); default `1900`, as Sheets. */
  readonly dateSystem?: DateSystem;
}
