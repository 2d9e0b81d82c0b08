import { requireSheets } from './sheets-service';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/** The requests of one tab (or one append): never split across batches. */
export interface TabWrite {
  readonly title: string;
  readonly requests: readonly Request[];
}

/** Payload above which a write is split into several batches (the API takes ~10 MB per request). */
export const maxBatchBytes = 8_000_000;

/** What happened: batches sent, and the tabs whose batch was applied before a failure. */
export interface WriteOutcome {
  readonly batches: number;
  readonly written: readonly string[];
}

/** A write that failed part-way: the tabs already written and the cause. */
export class PartialWriteError extends Error {
  override readonly name = 'PartialWriteError';
  constructor(
    readonly written: readonly string[],
    readonly pending: readonly string[],
    readonly failure: unknown,
  ) {
    super(failure instanceof Error ? failure.message : String(failure));
  }
}

/**
 * Groups tab writes into batches of at most `maxBytes` of JSON, whole tabs only, in order.
 *
 * @param writes - one entry per tab
 * @param maxBytes - the payload limit
 */
export function planBatches(writes: readonly TabWrite[], maxBytes = maxBatchBytes): TabWrite[][] {
  const batches: TabWrite[][] = [];
  let current: TabWrite[] = [];
  let size = 0;
  for (const write of writes) {
    if (write.requests.length === 0) continue;
    const bytes = JSON.stringify(write.requests).length;
    if (current.length > 0 && size + bytes > maxBytes) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(write);
    size += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Writes tabs with `Sheets.Spreadsheets.batchUpdate`: ONE call when the payload allows (atomic: all
 * or nothing), else one call per group of whole tabs, so a failure never leaves a tab cleared and
 * not refilled; a failure after some batches throws `PartialWriteError` naming what was written.
 *
 * @param spreadsheetId - the spreadsheet
 * @param writes - the tabs' request lists
 */
export function writeBatches(
  spreadsheetId: string,
  writes: readonly TabWrite[],
  maxBytes = maxBatchBytes,
): WriteOutcome {
  const service = requireSheets();
  const batches = planBatches(writes, maxBytes);
  const written: string[] = [];
  for (const [i, batch] of batches.entries()) {
    try {
      service.Spreadsheets!.batchUpdate({ requests: batch.flatMap((w) => [...w.requests]) }, spreadsheetId);
    } catch (error) {
      const pending = batches.slice(i).flatMap((b) => b.map((w) => w.title));
      throw new PartialWriteError(written, pending, error);
    }
    written.push(...batch.map((w) => w.title));
  }
  return { batches: batches.length, written };
}
