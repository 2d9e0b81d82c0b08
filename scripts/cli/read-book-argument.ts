import type { WorkbookData } from '../../core/grid/sheet-data';
import { readWorkbookFile } from '../xlsx/read-workbook-file';
import { isIsoDate } from './cli-args';
import type { CliIo } from './cli-io';

/**
 * The book and `--as-of` of `check` and `summary`: an unreadable date or book is one Russian line
 * on stderr and `null` (the command exits 2).
 *
 * @param path - the book's path
 * @param asOf - `--as-of` as typed, if given
 * @param io - the command's streams
 */
export async function readBookArgument(
  path: string,
  asOf: string | undefined,
  io: CliIo,
): Promise<{ workbook: WorkbookData; hasDrawings: boolean; asOf: string | undefined } | null> {
  if (asOf !== undefined && !isIsoDate(asOf)) {
    io.stderr(`Дата отчёта «${asOf}» не читается: укажите её как ГГГГ-ММ-ДД, например 2024-02-01.\n`);
    return null;
  }
  const file = await readWorkbookFile(path);
  if (!file.ok) {
    io.stderr(`${file.message}\n`);
    return null;
  }
  return { workbook: file.workbook, hasDrawings: file.hasDrawings, asOf };
}
