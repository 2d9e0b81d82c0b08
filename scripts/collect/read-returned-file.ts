import { stat } from 'node:fs/promises';
import { type MarkerRead, markerOf } from '../../core/form/read-marker';
import type { SheetData } from '../../core/grid/sheet-data';
import { readWorkbookFile } from '../xlsx/read-workbook-file';
import type { FoundFile } from './find-returned-files';

/** A returned file read: its tabs, its marker, when its content was saved. */
export interface ReturnedFile {
  readonly found: FoundFile;
  readonly tabs: readonly SheetData[];
  readonly marker: MarkerRead | null;
  /** ISO 8601 UTC, seconds: the core property `modified`, else the file's time on disk. */
  readonly saved: string;
  /** Whether `saved` came from the file's content or, lacking it, from the disk. */
  readonly savedFrom: 'content' | 'disk';
}

export type ReturnedFileRead =
  | { readonly ok: true; readonly file: ReturnedFile }
  | { readonly ok: false; readonly message: string };

const isoSeconds = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

/**
 * Reads one returned file, without changing it: its tabs as the core reads them (bounded like any
 * book: size, rows, foreign XML), its `Профкарта` marker if any, and when its content was saved — the
 * core property `modified` that Excel, LibreOffice and OnlyOffice-based editors set on save, else the
 * file's modification time. A file that is no .xlsx gives a one-line Russian reason.
 *
 * @param found - the file
 * @example await readReturnedFile({ path: '/in/SCH1.xlsx', shownAs: 'SCH1.xlsx' }) // { ok: true, file: { marker: { code: 'SCH1', … }, … } }
 */
export async function readReturnedFile(found: FoundFile): Promise<ReturnedFileRead> {
  if (/\.ods$/i.test(found.path)) {
    return { ok: false, message: 'файл OpenDocument (.ods): попросите сохранить его как «Книга Excel (.xlsx)»' };
  }
  const read = await readWorkbookFile(found.path, found.shownAs);
  if (!read.ok) return { ok: false, message: read.message };
  const modified = read.excel.modified;
  let saved: string;
  let savedFrom: ReturnedFile['savedFrom'] = 'content';
  if (modified instanceof Date && !Number.isNaN(modified.getTime())) saved = isoSeconds(modified);
  else {
    savedFrom = 'disk';
    saved = isoSeconds((await stat(found.path)).mtime);
  }
  const tabs = read.workbook.reports;
  return { ok: true, file: { found, tabs, marker: markerOf(tabs), saved, savedFrom } };
}
