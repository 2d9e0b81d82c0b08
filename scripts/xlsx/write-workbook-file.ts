import { tabNames } from '../../core/grid/tab-names';
import { rename, unlink } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { columnLetters } from '../../core/grid/a1';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { applySheetFormat, type ListStore } from './apply-sheet-format';
import { excelValueOf } from './write-cell-value';

export interface WriteWorkbookOptions {
  /** An existing .xlsx to copy: its other tabs are kept, tabs of the same name replaced in place. */
  readonly base?: string;
}

export type WorkbookFileWrite = { readonly ok: true } | { readonly ok: false; readonly message: string };

function rangeFormula(column: number, length: number): string {
  const letters = columnLetters(column);
  return `'${tabNames.lists}'!$${letters}$1:$${letters}$${length}`;
}

/**
 * The hidden lists tab. An existing one (a template's) is kept and its lists reused, since
 * the dropdowns of tabs not rewritten point into it; new lists go into the next columns.
 */
function listStore(wb: ExcelJS.Workbook): ListStore & { readonly finish: () => void } {
  const columns = new Map<string, string>();
  let ws: ExcelJS.Worksheet | null = wb.getWorksheet(tabNames.lists) ?? null;
  const existed = ws !== null;
  let next = 1;
  if (ws) {
    for (let c = 1; c <= ws.columnCount; c++) {
      const values: string[] = [];
      for (let r = 1; r <= ws.rowCount; r++) {
        const value = ws.getRow(r).getCell(c).value;
        if (value === null || value === undefined || value === '') break;
        values.push(String(value));
      }
      if (values.length > 0) columns.set(JSON.stringify(values), rangeFormula(c, values.length));
      next = c + 1;
    }
  }
  return {
    // A new lists tab goes last, out of the way; an existing one keeps its place.
    finish() {
      if (!ws || existed) return;
      const last = Math.max(...wb.worksheets.map((w) => (w as unknown as { orderNo: number }).orderNo));
      (ws as unknown as { orderNo: number }).orderNo = last + 1;
    },
    rangeOf(values) {
      const key = JSON.stringify(values);
      const known = columns.get(key);
      if (known) return known;
      ws ??= wb.addWorksheet(tabNames.lists);
      ws.state = 'hidden';
      const column = next++;
      values.forEach((v, i) => {
        const cell = ws!.getRow(i + 1).getCell(column);
        cell.numFmt = '@';
        cell.value = v;
      });
      const range = rangeFormula(column, values.length);
      columns.set(key, range);
      return range;
    },
  };
}

/** A fresh worksheet named `name`, taking the place of an existing one of that name. */
function replaceWorksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const old = wb.getWorksheet(name);
  const orderNo = old ? (old as unknown as { orderNo: number }).orderNo : undefined;
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(name);
  if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
  return ws;
}

async function writeSheet(wb: ExcelJS.Workbook, sheet: OutputSheet, lists: ListStore): Promise<void> {
  const ws = replaceWorksheet(wb, sheet.name);
  sheet.rows.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((value, c) => {
      if (value === null) return;
      const cell = row.getCell(c + 1);
      const out = excelValueOf(value);
      cell.value = out.value;
      if (out.numFmt) cell.numFmt = out.numFmt;
    });
  });
  await applySheetFormat(ws, sheet.format, lists);
}

/**
 * Writes tabs into an .xlsx: values as typed values (a string starting with `=` stays
 * text), the whole `SheetFormat` applied. With `base`, the other tabs of that file are kept
 * and tabs of the same name replaced in place. Writes to a temporary file first, so a
 * failure never leaves half a file. Never throws: a failure is a one-line Russian message.
 *
 * @param path - the file to write
 * @param sheets - the tabs, in order
 * @param options - `base`: the file to copy
 * @example await writeWorkbookFile('out.xlsx', [directorySheet(orgs)]) // { ok: true }
 */
export async function writeWorkbookFile(
  path: string,
  sheets: readonly OutputSheet[],
  options: WriteWorkbookOptions = {},
): Promise<WorkbookFileWrite> {
  const wb = new ExcelJS.Workbook();
  if (options.base !== undefined) {
    try {
      await wb.xlsx.readFile(options.base);
    } catch {
      return { ok: false, message: `Не удалось прочитать книгу «${options.base}», в которую записываются листы.` };
    }
  }
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const lists = listStore(wb);
    for (const sheet of sheets) await writeSheet(wb, sheet, lists);
    lists.finish();
    await wb.xlsx.writeFile(temporary);
    await rename(temporary, path);
    return { ok: true };
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, message: `Не удалось записать файл «${path}»: ${reason}.` };
  }
}
