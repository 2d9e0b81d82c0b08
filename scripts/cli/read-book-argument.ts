import { resolve } from 'node:path';
import type { WorkbookData } from '../../core/grid/sheet-data';
import type ExcelJS from 'exceljs';
import { readWorkbookFile } from '../xlsx/read-workbook-file';
import { refuse } from './cli-refusal';

/** A book named on the command line, read: its tabs, whether it has drawings, and the loaded workbook. */
export interface BookArgument {
  readonly path: string;
  readonly workbook: WorkbookData;
  readonly hasDrawings: boolean;
  /** The parsed workbook, to write a copy from without reading the file again. */
  readonly excel: ExcelJS.Workbook;
}

/**
 * Reads the book a command names (`check BOOK`, `summary BOOK`, `roadmap --book BOOK`): a missing,
 * unreadable, oversized or foreign file is refused with one Russian line (`CliRefusal`, exit 2).
 *
 * @param path - the path as typed
 * @param cwd - the folder it is relative to
 * @example const book = await readBookArgument('book.xlsx', io.cwd)
 */
export async function readBookArgument(path: string, cwd: string): Promise<BookArgument> {
  const file = await readWorkbookFile(resolve(cwd, path), path);
  if (!file.ok) refuse(file.message);
  return { path, workbook: file.workbook, hasDrawings: file.hasDrawings, excel: file.excel };
}
