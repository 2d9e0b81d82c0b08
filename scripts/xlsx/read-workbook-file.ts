import { readFile, stat } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import type { SheetData, WorkbookData } from '../../core/grid/sheet-data';
import { describeFsError } from '../cli/safe-output';
import { shownCellValue } from './exceljs-cell-value';
import { inspectXlsx, maxRowsPerTab, tooManyRowsMessage } from './inspect-xlsx';
import { loadExcelJs } from './load-exceljs';

/** A workbook file larger than this is refused before it is read (a full 20,000-row tab is ~2 MB zipped). */
const maxWorkbookBytes = 100 * 1024 * 1024;

/**
 * What reading an .xlsx gives: the tabs as the core reads them and the loaded exceljs workbook
 * (to write a copy without parsing the file again), or a one-line Russian reason.
 */
export type WorkbookFileRead =
  | {
      readonly ok: true;
      readonly workbook: WorkbookData;
      readonly hasDrawings: boolean;
      readonly excel: ExcelJS.Workbook;
    }
  | { readonly ok: false; readonly message: string };

/** One worksheet → the grid getValues() would give, with the links beside it. */
function worksheetToSheetData(ws: ExcelJS.Worksheet): SheetData {
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
 * in the one-file form), dates as `Date` at midnight UTC (`timeZone: 'UTC'`) and the workbook's date
 * system (`1904` for an old Excel for Mac book) beside them. Never throws:
 * a missing or unreadable file gives `ok: false` and a one-line Russian message. Before the
 * book is parsed whole, its size and each tab's used rows are looked at (`inspectXlsx`): a file
 * over 100 MB or a tab over 20,000 rows is refused, and so is XML exceljs cannot read.
 * `hasDrawings` tells that the file has charts, which exceljs drops on rewrite (pictures it keeps).
 *
 * @param path - the file
 * @param shownAs - its name as the user typed it, for messages (default: `path`)
 * @example await readWorkbookFile('book.xlsx') // { ok: true, workbook: { committee: […], reports: […], timeZone: 'UTC' }, hasDrawings: false, excel }
 */
export async function readWorkbookFile(path: string, shownAs: string = path): Promise<WorkbookFileRead> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: `«${shownAs}» — это папка, а не файл .xlsx.` };
    if (info.size > maxWorkbookBytes) {
      return {
        ok: false,
        message: `Файл «${shownAs}» слишком велик (${Math.round(info.size / 1024 / 1024)} МБ, можно не больше ${maxWorkbookBytes / 1024 / 1024} МБ): это не похоже на книгу отчётов.`,
      };
    }
    bytes = await readFile(path);
  } catch (error) {
    return {
      ok: false,
      message:
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? `Файл «${shownAs}» не найден.`
          : describeFsError(error, shownAs, 'read'),
    };
  }
  // An old .xls and a password-protected .xlsx are both OLE compound files.
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0) {
    return {
      ok: false,
      message: `Файл «${shownAs}» — книга старого формата .xls или защищена паролем: сохраните её как .xlsx без пароля.`,
    };
  }
  // An .xlsx is a zip archive: "PK" first. An old .xls or a CSV renamed is refused plainly.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return { ok: false, message: `Файл «${shownAs}» — не книга Excel .xlsx (сохраните его в формате .xlsx).` };
  }
  const inspected = await inspectXlsx(bytes, shownAs);
  if (!inspected.ok) return inspected;
  const excel = new (await loadExcelJs()).Workbook();
  try {
    await excel.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return {
      ok: false,
      message: `Книгу «${shownAs}» не удалось прочитать: откройте её в Excel или LibreOffice и сохраните заново как «Книга Excel (.xlsx)».`,
    };
  }
  // A few values far down (row 1,048,576) pass the zip's look, and would make a grid that long.
  const far = excel.worksheets.find((ws) => ws.rowCount > maxRowsPerTab);
  if (far) return { ok: false, message: tooManyRowsMessage(far.name, shownAs, far.rowCount) };
  const sheets = excel.worksheets.map(worksheetToSheetData);
  // Part names are stored uncompressed in the zip, so a byte search finds charts; pictures
  // survive a rewrite (exceljs keeps them), and so do notes (`vmlDrawing` parts).
  const hasDrawings = /xl\/charts\//.test(bytes.toString('latin1'));
  // The date system is the workbook's: exceljs turns date-formatted cells by it, the core other serials.
  const dateSystem = excel.properties.date1904 ? '1904' : '1900';
  return {
    ok: true,
    workbook: { committee: sheets, reports: sheets, timeZone: 'UTC', dateSystem },
    hasDrawings,
    excel,
  };
}
