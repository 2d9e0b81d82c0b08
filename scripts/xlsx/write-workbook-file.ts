import { tabNames } from '../../core/grid/tab-names';
import type ExcelJS from 'exceljs';
import { columnLetters } from '../../core/grid/a1';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { applyPrintSetup } from './apply-print-setup';
import { applySheetFormat, type ListStore, SharedStyles, StyleDrafts } from './apply-sheet-format';
import { CliRefusal } from '../cli/cli-refusal';
import { writeFileAtomically } from '../cli/safe-output';
import { loadExcelJs } from './load-exceljs';
import { placePictures } from './place-pictures';
import { printReady } from './print-ready';
import { tabOrder } from './tab-order';
import { excelValueOf } from './write-cell-value';

export interface WriteWorkbookOptions {
  /**
   * An existing .xlsx to copy: its other tabs are kept, tabs of the same name replaced in place.
   * Either its path, or the workbook `readWorkbookFile` already loaded (then the file is not parsed
   * again, and that workbook is changed in place).
   */
  readonly base?: string | ExcelJS.Workbook;
  /** The file's name as the user typed it, for messages (default: `path`). */
  readonly shownAs?: string;
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
function listStore(wb: ExcelJS.Workbook): ListStore {
  const columns = new Map<string, string>();
  let ws: ExcelJS.Worksheet | null = wb.getWorksheet(tabNames.lists) ?? null;
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

async function writeSheet(
  wb: ExcelJS.Workbook,
  given: OutputSheet,
  lists: ListStore,
  shared: SharedStyles,
): Promise<void> {
  // An organisation's form prints with bordered tables and its sections kept with their titles.
  const sheet = printReady(given);
  const ws = replaceWorksheet(wb, sheet.name);
  const drafts = new StyleDrafts();
  sheet.rows.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((value, c) => {
      if (value === null) return;
      const out = excelValueOf(value);
      row.getCell(c + 1).value = out.value;
      // Every written cell gets a shared style, so it carries the cell font (Arial 10).
      const draft = drafts.at(r, c);
      if (out.numFmt) draft.numFmt = out.numFmt;
    });
  });
  await applySheetFormat(ws, sheet.format, lists, drafts, shared);
  applyPrintSetup(ws, sheet);
  placePictures(wb, ws, sheet.format.pictures ?? []);
}

/**
 * Drops the images no tab shows any more (those of a replaced tab), so rewriting a book again
 * and again does not grow it: the kept images are renumbered in order.
 */
function pruneImages(wb: ExcelJS.Workbook): void {
  const book = wb as unknown as { media: unknown[] };
  const shown = wb.worksheets.flatMap((ws) => (ws as unknown as { _media: { imageId: number | string }[] })._media);
  const used = [...new Set(shown.map((m) => Number(m.imageId)))].sort((a, b) => a - b);
  if (used.length === book.media.length) return;
  const renumbered = new Map(used.map((old, i) => [old, i] as const));
  book.media = used.map((i) => book.media[i]);
  for (const m of shown) m.imageId = renumbered.get(Number(m.imageId)) ?? 0;
}

/** Puts the committee and output tabs first, then the others (organisations) as they stood, the lists tab last. */
function orderTabs(wb: ExcelJS.Workbook): void {
  const order = tabOrder(wb.worksheets.map((ws) => ws.name));
  for (const ws of wb.worksheets) (ws as unknown as { orderNo: number }).orderNo = order.indexOf(ws.name);
}

/**
 * A tab of the book whose name differs from a tab to write only by case (exceljs, like Excel and
 * Sheets, refuses two such names): the tab to write would take a user's tab's place.
 */
function caseClash(wb: ExcelJS.Workbook, sheets: readonly OutputSheet[]): { found: string; name: string } | null {
  const byKey = new Map(wb.worksheets.map((ws) => [ws.name.toLowerCase(), ws.name]));
  for (const sheet of sheets) {
    const found = byKey.get(sheet.name.toLowerCase());
    if (found !== undefined && found !== sheet.name) return { found, name: sheet.name };
  }
  return null;
}

/**
 * Writes tabs into an .xlsx: values as typed values (a string starting with `=` stays
 * text), the whole `SheetFormat` applied, every written tab set up to print (A4, fit to width,
 * repeated header rows, rows as high as their wrapped text: `applyPrintSetup`) with its pictures
 * placed, every cell in Arial 10. With `base`, the other tabs of that book are kept and tabs of
 * the same name replaced in place; a tab of the book named like a tab to write but for the case
 * is refused rather than overwritten. The committee and output tabs come first, then the
 * organisations' (`tabOrder`). Writes to a temporary file in the same folder, then renames it,
 * so a failure never leaves half a file. Never throws: a failure is a
 * one-line Russian message.
 *
 * @param path - the file to write
 * @param sheets - the tabs, in order
 * @param options - `base`: the book to copy (a path or a loaded workbook); `shownAs`: the name in messages
 * @example await writeWorkbookFile('out.xlsx', [directorySheet(orgs)]) // { ok: true }
 */
export async function writeWorkbookFile(
  path: string,
  sheets: readonly OutputSheet[],
  options: WriteWorkbookOptions = {},
): Promise<WorkbookFileWrite> {
  const shownAs = options.shownAs ?? path;
  const wb =
    options.base !== undefined && typeof options.base !== 'string'
      ? options.base
      : new (await loadExcelJs()).Workbook();
  if (typeof options.base === 'string') {
    try {
      await wb.xlsx.readFile(options.base);
    } catch {
      return { ok: false, message: `Не удалось прочитать книгу «${options.base}», в которую записываются листы.` };
    }
  }
  const clash = caseClash(wb, sheets);
  if (clash) {
    return {
      ok: false,
      message: `В книге есть лист «${clash.found}», а программа записывает лист «${clash.name}»: имена различаются только регистром букв. Переименуйте свой лист, чтобы он не был заменён.`,
    };
  }
  let bytes: Uint8Array;
  try {
    const lists = listStore(wb);
    const shared = new SharedStyles();
    for (const sheet of sheets) await writeSheet(wb, sheet, lists, shared);
    orderTabs(wb);
    pruneImages(wb);
    // Level 1 deflate: a third of the CPU of the default level for a file ~15 % larger.
    bytes = new Uint8Array(
      await wb.xlsx.writeBuffer({
        zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } },
      } as ExcelJS.XlsxWriteOptions),
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, message: `Не удалось составить книгу «${shownAs}»: ${reason}.` };
  }
  try {
    await writeFileAtomically(path, bytes, shownAs);
    return { ok: true };
  } catch (error) {
    if (error instanceof CliRefusal) return { ok: false, message: error.message };
    throw error;
  }
}
