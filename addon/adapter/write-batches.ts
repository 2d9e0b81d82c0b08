import { errorText, requireSheets } from './sheets-service';
import type { SpreadsheetMeta } from './spreadsheet-meta';
import { sheetIdAllocator } from './sheet-ids';
import { stageTab, stagingTitle } from './stage-tab';
import { utf8Length } from './utf8-length';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/** The requests of one tab (or one append): never split across batches, except through a staging tab. */
export interface TabWrite {
  readonly title: string;
  readonly requests: readonly Request[];
}

/**
 * The largest `batchUpdate` body sent, in UTF-8 bytes: Google recommends at most 2 MB per request
 * (Sheets API usage limits); design §9.
 */
export const maxBatchBytes = 2_000_000;

/** One `batchUpdate`: its requests, its body's size, and the tabs it finishes. */
export interface Batch {
  readonly requests: readonly Request[];
  /** UTF-8 bytes of `{"requests":[…]}`. */
  readonly bytes: number;
  /** Tabs whose write is complete once this batch is applied. */
  readonly titles: readonly string[];
}

export interface BatchOptions {
  /** The body limit, UTF-8 bytes (default `maxBatchBytes`). */
  readonly maxBytes?: number;
  /** The spreadsheet as it is now: gids in use, and staging tabs left by a failed run. */
  readonly meta?: SpreadsheetMeta;
}

/** What happened: batches sent, and the tabs written. */
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
    super(errorText(failure));
  }
}

/** A step of the plan: some requests, and the tab they finish (null: a staging chunk). */
interface Piece {
  readonly requests: readonly Request[];
  /** UTF-8 bytes of the requests, joined by commas. */
  readonly bytes: number;
  readonly finishes: string | null;
}

const emptyBody = utf8Length('{"requests":[]}');

function piece(requests: readonly Request[], finishes: string | null): Piece {
  // `[…]` less its brackets: what the requests add inside a batch's array.
  return { requests, bytes: utf8Length(JSON.stringify(requests)) - 2, finishes };
}

/** gids for staging tabs: none in use in the spreadsheet or added by these writes. */
function stagingIds(writes: readonly TabWrite[], meta: SpreadsheetMeta | undefined): (title: string) => number {
  const added = writes.flatMap((w) => w.requests.flatMap((r) => r.addSheet?.properties?.sheetId ?? []));
  const sheets = [...(meta?.sheets ?? []), ...added.map((sheetId) => ({ sheetId }))];
  return sheetIdAllocator({ id: meta?.id ?? '', timeZone: meta?.timeZone ?? 'UTC', sheets } as SpreadsheetMeta);
}

/**
 * Plans tab writes as `batchUpdate` bodies of at most `maxBytes` UTF-8 bytes each, in order:
 * whole tabs packed together while they fit, so each tab's clear and refill stand in one batch.
 * A tab too large for one batch goes through a hidden staging tab (`stageTab`): its chunks first,
 * then one batch that replaces the tab at once; such a tab is never left cleared. A tab that
 * cannot be staged (no bulk `updateCells`) is sent alone, whatever its size.
 *
 * @param writes - one entry per tab
 * @param options - the limit, and the spreadsheet's tabs
 * @example planBatches([{ title: 'Сводка', requests }]).length // 1
 */
export function planBatches(writes: readonly TabWrite[], options: BatchOptions = {}): Batch[] {
  const maxBytes = options.maxBytes ?? maxBatchBytes;
  const newId = stagingIds(writes, options.meta);
  const pieces: Piece[] = [];
  for (const write of writes) {
    if (write.requests.length === 0) continue;
    const whole = piece(write.requests, write.title);
    if (emptyBody + whole.bytes <= maxBytes) {
      pieces.push(whole);
      continue;
    }
    const staging = stagingTitle(write.title);
    const staged = stageTab({
      title: write.title,
      requests: write.requests,
      chunkBytes: maxBytes - emptyBody,
      stagingId: newId(staging),
      leftoverId: options.meta?.sheets.find((s) => s.title === staging)?.sheetId ?? null,
      bytes: utf8Length,
    });
    if (!staged) pieces.push(whole);
    else pieces.push(...staged.chunks.map((c) => piece(c, null)), piece(staged.finish, write.title));
  }
  const batches: Batch[] = [];
  let current: Piece[] = [];
  let size = emptyBody;
  const flush = () => {
    if (current.length === 0) return;
    batches.push({
      requests: current.flatMap((p) => [...p.requests]),
      bytes: size,
      titles: current.flatMap((p) => (p.finishes === null ? [] : [p.finishes])),
    });
    current = [];
    size = emptyBody;
  };
  for (const next of pieces) {
    const added = next.bytes + (current.length > 0 ? 1 : 0);
    if (current.length > 0 && size + added > maxBytes) flush();
    size += next.bytes + (current.length > 0 ? 1 : 0);
    current.push(next);
  }
  flush();
  return batches;
}

/**
 * Writes tabs with `Sheets.Spreadsheets.batchUpdate`: ONE call when everything fits in
 * `maxBatchBytes` (atomic: all or nothing), else the batches of `planBatches`, so a failure never
 * leaves a tab cleared and not refilled; a failure after some batches throws `PartialWriteError`
 * naming the tabs written and those left as they were.
 *
 * @param spreadsheetId - the spreadsheet
 * @param writes - the tabs' request lists
 * @param options - the limit, and the spreadsheet's tabs (for gids and leftover staging tabs)
 */
export function writeBatches(
  spreadsheetId: string,
  writes: readonly TabWrite[],
  options: BatchOptions = {},
): WriteOutcome {
  const service = requireSheets();
  const batches = planBatches(writes, options);
  const written: string[] = [];
  for (const [i, batch] of batches.entries()) {
    try {
      service.Spreadsheets!.batchUpdate({ requests: [...batch.requests] }, spreadsheetId);
    } catch (error) {
      const pending = batches.slice(i).flatMap((b) => b.titles);
      throw new PartialWriteError(written, pending, error);
    }
    written.push(...batch.titles);
  }
  return { batches: batches.length, written };
}
