import { gridBox } from './a1-range';
type Request = GoogleAppsScript.Sheets.Schema.Request;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;
type RowData = GoogleAppsScript.Sheets.Schema.RowData;

/** The hidden tab a too-large tab is written into first: its name starts so (no organisation code has a space). */
export const stagingPrefix = 'Профкарта: запись ';

/**
 * The staging tab's name for a tab.
 *
 * @param title - the tab being written
 * @example stagingTitle('Реестр приказов') // 'Профкарта: запись «Реестр приказов»'
 */
export function stagingTitle(title: string): string {
  return `${stagingPrefix}«${title}»`;
}

/** A too-large tab's write in steps: `chunks` fill a hidden staging tab; `finish` turns the tab into its new content at once. */
export interface StagedWrite {
  /** Each a list of requests for one batch: the first adds the staging tab; none touches the tab itself. */
  readonly chunks: readonly Request[][];
  /** The tab's own requests, the bulk write replaced by a copy from the staging tab, which is then deleted. */
  readonly finish: Request[];
}

export interface StageOptions {
  readonly title: string;
  readonly requests: readonly Request[];
  /** UTF-8 bytes a chunk's requests may take. */
  readonly chunkBytes: number;
  /** gid of the staging tab. */
  readonly stagingId: number;
  /** gid of a staging tab left by a failed run, to delete first. */
  readonly leftoverId?: number | null;
  /** Bytes of a JSON text. */
  readonly bytes: (json: string) => number;
}

/** The request that writes the tab's cells: the largest `updateCells` over a bounded range. */
function bulkIndex(requests: readonly Request[], bytes: (json: string) => number): number {
  let best = -1;
  let bestBytes = -1;
  requests.forEach((request, i) => {
    const u = request.updateCells;
    if (!u?.range || !u.rows || u.range.endRowIndex === undefined || u.range.endColumnIndex === undefined) return;
    const size = bytes(JSON.stringify(request));
    if (size > bestBytes) {
      best = i;
      bestBytes = size;
    }
  });
  return best;
}

/** Notes and dropdowns of the rows, nothing else: what a copy of the cells may not carry. */
function notesOnly(rows: readonly RowData[]): RowData[] {
  const kept = rows.map((row) => ({
    values: (row.values ?? []).map((cell) =>
      cell.note || cell.dataValidation
        ? {
            ...(cell.note ? { note: cell.note } : {}),
            ...(cell.dataValidation ? { dataValidation: cell.dataValidation } : {}),
          }
        : {},
    ),
  }));
  let last = kept.length - 1;
  while (last >= 0 && kept[last]!.values.every((cell) => Object.keys(cell).length === 0)) last--;
  return kept.slice(0, last + 1);
}

/**
 * Splits the write of a tab too large for one batch so that the tab is never left cleared and not
 * refilled: its cells go first, in chunks, into a new hidden staging tab (the tab itself untouched);
 * then ONE batch makes the tab its new content — the tab's own requests, with its bulk
 * `updateCells` replaced by a `copyPaste` of the staging tab's cells (values and formats) and an
 * `updateCells` of its notes and dropdowns — and deletes the staging tab. The tab keeps its gid. A
 * failure before the last batch leaves the tab as it was and a hidden staging tab, which the next
 * write deletes. Null when the write has no bulk `updateCells` to move.
 *
 * @param options - the tab's write, the chunk budget, the staging tab's gid
 */
export function stageTab(options: StageOptions): StagedWrite | null {
  const { requests, bytes } = options;
  const index = bulkIndex(requests, bytes);
  if (index < 0) return null;
  const bulk = requests[index]!.updateCells!;
  const range = bulk.range!;
  const rows = bulk.rows ?? [];
  const r0 = range.startRowIndex ?? 0;
  const c0 = range.startColumnIndex ?? 0;
  const r1 = range.endRowIndex!;
  const c1 = range.endColumnIndex!;
  const stagingId = options.stagingId;
  const stagingRange = (from: number, to: number): GridRange => gridBox(stagingId, from, to, c0, c1);
  const opening: Request[] = [
    ...(options.leftoverId != null ? [{ deleteSheet: { sheetId: options.leftoverId } }] : []),
    {
      addSheet: {
        properties: {
          sheetId: stagingId,
          title: stagingTitle(options.title),
          hidden: true,
          gridProperties: { rowCount: r1, columnCount: c1 },
        },
      },
    },
  ];
  const envelope = bytes(
    JSON.stringify({ updateCells: { range: stagingRange(r0, r1), rows: [], fields: bulk.fields } }),
  );
  const chunks: Request[][] = [];
  let chunkRows: RowData[] = [];
  let from = r0;
  let size = envelope + bytes(JSON.stringify(opening));
  const flush = (to: number) => {
    const write: Request = { updateCells: { range: stagingRange(from, to), rows: chunkRows, fields: bulk.fields } };
    chunks.push(chunks.length === 0 ? [...opening, write] : [write]);
    chunkRows = [];
    from = to;
    size = envelope;
  };
  rows.forEach((row, i) => {
    const rowBytes = bytes(JSON.stringify(row)) + 1;
    if (chunkRows.length > 0 && size + rowBytes > options.chunkBytes) flush(r0 + i);
    chunkRows.push(row);
    size += rowBytes;
  });
  flush(r1);
  const target = gridBox(range.sheetId!, r0, r1, c0, c1);
  const finish: Request[] = [
    ...requests.slice(0, index),
    {
      copyPaste: {
        source: stagingRange(r0, r1),
        destination: target,
        pasteType: 'PASTE_NORMAL',
        pasteOrientation: 'NORMAL',
      },
    },
    // A paste carries values and formats; notes and dropdowns are written (or cleared) explicitly.
    { updateCells: { range: target, rows: notesOnly(rows), fields: 'note,dataValidation' } },
    ...requests.slice(index + 1),
    { deleteSheet: { sheetId: stagingId } },
  ];
  return { chunks, finish };
}
