import { readFile, stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { SheetData, WorkbookData } from '../../core/grid/sheet-data';
import { shownCellValue } from './exceljs-cell-value';

/** What reading an .xlsx gives: the tabs as the core reads them, or a one-line Russian reason. */
export type WorkbookFileRead =
  | { readonly ok: true; readonly workbook: WorkbookData; readonly hasDrawings: boolean }
  | { readonly ok: false; readonly message: string };

/** One worksheet → the grid getValues() would give, with the links beside it. */
export function worksheetToSheetData(ws: ExcelJS.Worksheet): SheetData {
  const values: unknown[][] = [];
  const links: (string | null)[][] = [];
  let anyLink = false;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const rowValues: unknown[] = [];
    const rowLinks: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Merged cells hold their value in the top-left cell only, as Sheets stores them.
      const merged = cell.isMerged && cell.master !== cell;
      const shown = merged ? { value: null, link: null } : shownCellValue(cell.value);
      while (rowValues.length < colNumber - 1) {
        rowValues.push(null);
        rowLinks.push(null);
      }
      rowValues[colNumber - 1] = shown.value;
      rowLinks[colNumber - 1] = shown.link;
      if (shown.link) anyLink = true;
    });
    while (values.length < rowNumber - 1) {
      values.push([]);
      links.push([]);
    }
    values[rowNumber - 1] = rowValues;
    links[rowNumber - 1] = rowLinks;
  });
  return anyLink ? { name: ws.name, values, links } : { name: ws.name, values };
}

/**
 * Reads an .xlsx into the core's shape: every tab (committee and reports are the same list
 * in the one-file form), dates as `Date` at midnight UTC (`timeZone: 'UTC'`). Never throws:
 * a missing or unreadable file gives `ok: false` and a one-line Russian message.
 * `hasDrawings` tells that the file has charts, which exceljs drops on rewrite (pictures it keeps).
 *
 * @param path - the file
 * @example await readWorkbookFile('book.xlsx') // { ok: true, workbook: { committee: […], reports: […], timeZone: 'UTC' }, hasDrawings: false }
 */
export async function readWorkbookFile(path: string): Promise<WorkbookFileRead> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: `«${path}» — это папка, а не файл .xlsx.` };
    bytes = await readFile(path);
  } catch {
    return { ok: false, message: `Файл «${path}» не найден или не читается.` };
  }
  // An old .xls and a password-protected .xlsx are both OLE compound files.
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0) {
    return {
      ok: false,
      message: `Файл «${path}» — книга старого формата .xls или защищена паролем: сохраните её как .xlsx без пароля.`,
    };
  }
  // An .xlsx is a zip archive: "PK" first. An old .xls or a CSV renamed is refused plainly.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return { ok: false, message: `Файл «${path}» — не книга Excel .xlsx (сохраните его в формате .xlsx).` };
  }
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheets = workbook.worksheets.map(worksheetToSheetData);
    // Part names are stored uncompressed in the zip, so a byte search finds charts; pictures
    // survive a rewrite (exceljs keeps them), and so do notes (`vmlDrawing` parts).
    const hasDrawings = /xl\/charts\//.test(bytes.toString('latin1'));
    return { ok: true, workbook: { committee: sheets, reports: sheets, timeZone: 'UTC' }, hasDrawings };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, message: `Файл «${path}» не удалось прочитать как книгу .xlsx: ${reason}.` };
  }
}
