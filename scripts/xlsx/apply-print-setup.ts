import type ExcelJS from 'exceljs';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { linePoints, printOrientation, repeatedRows, wrappedRowHeights } from './print-layout';

/** A4 in the `paperSize` codes of SpreadsheetML. */
const a4PaperSize = 9;

/** Margins in inches: narrow at the sides (the printable width `a4Pixels` assumes 0.4″). */
const margins = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 };

/**
 * Makes a worksheet print (design §9): A4, fit to the page's width and as many pages down as it
 * takes, rows one line of Arial 10 high by default, the orientation and repeated header rows of `printOrientation` / `repeatedRows`, the tab's
 * page breaks, its name and «Страница N» in the footer, and row heights that fit wrapped text.
 *
 * @param ws - the worksheet, values and format written
 * @param sheet - the tab it was written from
 * @example applyPrintSetup(ws, summarySheet) // ws.pageSetup.fitToWidth === 1
 */
export function applyPrintSetup(ws: ExcelJS.Worksheet, sheet: OutputSheet): void {
  const titles = repeatedRows(sheet);
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: a4PaperSize,
    orientation: printOrientation(sheet),
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins,
    // Each tab's pages count from 1 (LibreOffice otherwise runs on from the tab before: «Сводка, страница 2»).
    firstPageNumber: 1,
    ...(titles ? { printTitlesRow: `${titles.first}:${titles.last}` } : {}),
  };
  // No «из &N»: &N counts the pages of the whole print job, while &P counts the tab's own pages,
  // so a book printed whole read «Настройки … Страница 1 из 84».
  ws.headerFooter = { ...ws.headerFooter, oddFooter: '&L&8&A&R&8Страница &P' };
  ws.properties.defaultRowHeight = linePoints;
  for (const [row, points] of wrappedRowHeights(sheet)) ws.getRow(row + 1).height = points;
  // A break after the 1-based row r starts the page at the 0-based row r.
  for (const row of sheet.format.print?.pageBreaks ?? []) if (row > 0) ws.getRow(row).addPageBreak();
}
