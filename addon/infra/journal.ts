import { tabNames } from '../../core/grid/tab-names';
import { type JournalEntry, journalHeaders, journalRow, journalSheet } from '../../core/history/journal';
import { appendRowsRequests } from '../adapter/append-rows';
import type { ProtectionSpec } from '../adapter/sheet-requests';
import { sheetIdAllocator } from '../adapter/sheet-ids';
import { errorText, sheetsService } from '../adapter/sheets-service';
import type { SpreadsheetMeta } from '../adapter/spreadsheet-meta';
import type { TabWrite } from '../adapter/write-batches';
import { russianDateTime } from './clock';

export type { JournalEntry } from '../../core/history/journal';

/**
 * The `Журнал` append of some entries as a tab write, to put in the same batch as the job's
 * other writes (so a build and its `Журнал` line land together).
 *
 * @param meta - the committee's spreadsheet
 * @param entries - the lines to append
 * @param newId - gid allocator for a new `Журнал` tab
 * @param protection - who may edit a new `Журнал` tab (the committee; default: no protection)
 */
export function journalWrite(
  meta: SpreadsheetMeta,
  entries: readonly JournalEntry[],
  newId: (title: string) => number = sheetIdAllocator(meta),
  protection?: ProtectionSpec,
): TabWrite {
  return {
    title: tabNames.journal,
    requests: appendRowsRequests(meta, journalSheet(), entries.map(journalRow), newId, protection),
  };
}

/**
 * Appends lines to `Журнал` at once (one `batchUpdate`; without the Sheets API, `appendRow`).
 * Never throws: a `Журнал` that cannot be written is logged with `console.error` instead.
 *
 * @param committeeId - the committee's spreadsheet
 * @param meta - its metadata (read now when absent)
 * @param entries - the lines
 */
export function appendJournal(
  committeeId: string,
  meta: SpreadsheetMeta | null,
  entries: readonly JournalEntry[],
): void {
  try {
    const service = sheetsService();
    if (!service) {
      appendJournalRows(committeeId, entries);
      return;
    }
    const current = meta ?? metaNow(committeeId);
    const write = journalWrite(current, entries);
    service.Spreadsheets!.batchUpdate({ requests: [...write.requests] }, committeeId);
  } catch (error) {
    console.error(`Профкарта: не удалось записать «Журнал»: ${errorText(error)}`);
  }
}

/**
 * The `Журнал` append without the Sheets API (SpreadsheetApp): the rows' cells are made plain text
 * first, then set, so a leading «=», «+», «-» or «@» in a user's text stays text, never a formula
 * (`appendRow` would parse it as typed input).
 */
function appendJournalRows(committeeId: string, entries: readonly JournalEntry[]): void {
  const book = SpreadsheetApp.openById(committeeId);
  const sheet = book.getSheetByName(tabNames.journal) ?? book.insertSheet(tabNames.journal);
  const rows: string[][] = entries.map((e) =>
    journalRow(e).map((v) => (v !== null && typeof v === 'object' ? russianDateTime(e) : String(v ?? ''))),
  );
  if (sheet.getLastRow() === 0) rows.unshift([...journalHeaders]);
  const start = sheet.getLastRow() + 1;
  const missing = start + rows.length - 1 - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  const range = sheet.getRange(start, 1, rows.length, journalHeaders.length);
  range.setNumberFormat('@');
  range.setValues(rows);
}

function metaNow(committeeId: string): SpreadsheetMeta {
  const service = sheetsService()!;
  const response = service.Spreadsheets!.get(committeeId, { fields: 'sheets.properties(sheetId,title)' });
  return {
    id: committeeId,
    timeZone: '',
    sheets: (response.sheets ?? []).map((s, index) => ({
      sheetId: s.properties?.sheetId ?? 0,
      title: s.properties?.title ?? '',
      index,
      hidden: false,
      rows: 0,
      columns: 0,
      protections: [],
    })),
  };
}
