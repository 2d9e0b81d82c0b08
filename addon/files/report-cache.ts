import * as z from 'zod/mini';
import { tabNames } from '../../core/grid/tab-names';
import { gridBox, tabRange } from '../adapter/a1-range';
import { maxCellText } from '../adapter/cell-data';
import { requireSheets } from '../adapter/sheets-service';
import { sheetIdAllocator } from '../adapter/sheet-ids';
import { utf8Length } from '../adapter/utf8-length';
import { type TabWrite, writeBatches } from '../adapter/write-batches';
import type { Books } from '../infra/books';
import type { OrgTabContent } from './org-tab-content';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/** What the cache knows of a file besides its content: whether the content is still current. */
const headerSchema = z.object({
  /** The file's id. */
  id: z.string(),
  /** Drive's `modifiedTime` of the file when it was listed before the content was read. */
  m: z.string(),
  /** Epoch ms just before the add-on last wrote into the file (the content is then what that write left). */
  w: z.optional(z.number()),
  /** Epoch ms when that write returned. */
  e: z.optional(z.number()),
  /** Who the add-on ran as for that write (lower case). */
  by: z.optional(z.string()),
  /** Key of the check result last written into the file; absent when read since (not written yet). */
  marks: z.optional(z.string()),
});
type CachedHeader = z.infer<typeof headerSchema>;

const isGrid = (rows: unknown): boolean =>
  Array.isArray(rows) && rows.every((row) => row === null || Array.isArray(row));

/** Whether a value is a kept form tab: its shape (the core takes any cell values, so those are not checked one by one). */
function isContent(value: unknown): value is OrgTabContent {
  const c = value as Record<string, unknown> | null;
  return (
    !!c &&
    typeof c.title === 'string' &&
    [c.sheetId, c.rows, c.columns].every((n) => typeof n === 'number') &&
    Array.isArray(c.protections) &&
    isGrid(c.values) &&
    (c.links === undefined || isGrid(c.links)) &&
    (c.notes === undefined || (typeof c.notes === 'object' && c.notes !== null))
  );
}

/** One organisation's file as kept: its header and its form tab (null: not kept, read it again). */
export interface CachedFile {
  readonly header: CachedHeader;
  readonly content: OrgTabContent | null;
}

/** A file's content larger than this (UTF-8 bytes of JSON) is not kept: it is read again when needed. */
const maxKeptBytes = 1_000_000;
/** UTF-8 bytes of rows per `TabWrite`: a write stays well under a 2 MB batch. */
const bytesPerWrite = 1_400_000;

/** JSON that fits the check, or null. */
function parse<T>(fits: (value: unknown) => value is T, text: string): T | null {
  try {
    const value: unknown = JSON.parse(text);
    return fits(value) ? value : null;
  } catch {
    return null;
  }
}

const isHeader = (value: unknown): value is CachedHeader => headerSchema.safeParse(value).success;

/**
 * The last read content of each organisation's file (design §2), kept in the committee's hidden tab
 * `Кэш отчётов`: one row per code — the code, the header (file id, the `modifiedTime` it is current
 * for, the add-on's last write into it) as JSON, then the form tab's values, links, notes, gid, size
 * and protections as JSON cut into cells of at most 50,000 characters. The committee's spreadsheet
 * is shared with the committee only, as the forms are, and is open to every action, trigger
 * included; the whole cache is read in ONE `Values.batchGet`, and only changed rows are written.
 * A row that does not parse is as good as absent: that file is read again.
 */
export class ReportCache {
  private readonly rowOf = new Map<string, number>();
  private readonly files = new Map<string, CachedFile>();
  private readonly dirty = new Set<string>();
  private tab: { sheetId: number; rows: number; columns: number } | null = null;
  /** The tab is added by the writes not yet saved. */
  private added = false;

  private constructor(private readonly books: Books) {}

  /**
   * Reads the cache of the committee's spreadsheet (nothing when the tab is absent).
   *
   * @param books - the action's spreadsheets
   */
  static read(books: Books): ReportCache {
    const cache = new ReportCache(books);
    const sheet = books.committeeMeta().sheets.find((s) => s.title === tabNames.reportCache);
    if (!sheet) return cache;
    cache.tab = { sheetId: sheet.sheetId, rows: sheet.rows, columns: sheet.columns };
    const read = requireSheets().Spreadsheets!.Values!.batchGet(books.committeeId, {
      ranges: [tabRange(tabNames.reportCache)],
      valueRenderOption: 'UNFORMATTED_VALUE',
    });
    ((read.valueRanges?.[0]?.values ?? []) as unknown[][]).forEach((row, index) => {
      const code = String(row[0] ?? '');
      if (!code) return;
      cache.rowOf.set(code, index);
      const header = parse(isHeader, String(row[1] ?? ''));
      if (!header) return;
      const text = row.slice(2).map(String).join('');
      cache.files.set(code, { header, content: text ? parse(isContent, text) : null });
    });
    return cache;
  }

  get(code: string): CachedFile | undefined {
    return this.files.get(code);
  }

  /** Keeps a file's header and content; written by the next `flush`. */
  set(code: string, file: CachedFile): void {
    this.files.set(code, file);
    this.dirty.add(code);
  }

  /**
   * The rows changed since the last save, as writes into the committee's spreadsheet (the tab added
   * when absent, grown when needed); `saved()` once they are written.
   */
  writes(): TabWrite[] {
    if (this.dirty.size === 0) return [];
    const meta = this.books.committeeMeta();
    const rows = [...this.dirty].map((code) => {
      const file = this.files.get(code)!;
      const json = file.content ? JSON.stringify(file.content) : '';
      const parts: string[] = [];
      if (utf8Length(json) <= maxKeptBytes) {
        for (let i = 0; i < json.length; ) {
          let end = Math.min(i + maxCellText, json.length);
          // Never between the two halves of a surrogate pair: each cell stays valid text.
          if (end < json.length && /[\ud800-\udbff]/.test(json.charAt(end - 1))) end--;
          parts.push(json.slice(i, end));
          i = end;
        }
      }
      let row = this.rowOf.get(code);
      if (row === undefined) {
        row = this.rowOf.size;
        this.rowOf.set(code, row);
      }
      return { row, cells: [code, JSON.stringify(file.header), ...parts] };
    });
    const size = {
      rows: Math.max(this.tab?.rows ?? 0, this.rowOf.size, 1),
      columns: Math.max(this.tab?.columns ?? 0, 3, ...rows.map((r) => r.cells.length)),
    };
    const grid = { rowCount: size.rows, columnCount: size.columns };
    const first: Request[] = [];
    let sheetId = this.tab?.sheetId;
    if (sheetId === undefined) {
      sheetId = sheetIdAllocator(meta)(tabNames.reportCache);
      this.added = true;
      first.push({
        addSheet: { properties: { sheetId, title: tabNames.reportCache, hidden: true, gridProperties: grid } },
      });
    } else if (size.rows > this.tab!.rows || size.columns > this.tab!.columns) {
      first.push({
        updateSheetProperties: {
          properties: { sheetId, gridProperties: grid },
          fields: 'gridProperties.rowCount,gridProperties.columnCount',
        },
      });
    }
    this.tab = { sheetId, ...size };
    const writes: TabWrite[] = [];
    let requests: Request[] = first;
    let bytes = 0;
    for (const { row, cells } of rows) {
      const rowBytes = utf8Length(JSON.stringify(cells));
      if (bytes + rowBytes > bytesPerWrite && requests.length) {
        writes.push({ title: tabNames.reportCache, requests });
        requests = [];
        bytes = 0;
      }
      bytes += rowBytes;
      requests.push({
        updateCells: {
          range: gridBox(sheetId, row, row + 1, 0, size.columns),
          rows: [{ values: cells.map((text) => ({ userEnteredValue: { stringValue: text } })) }],
          fields: 'userEnteredValue',
        },
      });
    }
    if (requests.length) writes.push({ title: tabNames.reportCache, requests });
    return writes;
  }

  /** The writes of `writes()` are done. */
  saved(): void {
    this.dirty.clear();
    // The new tab's gid is in use now: later writes must not take it.
    if (this.added) this.books.refresh();
    this.added = false;
  }

  /** Writes the changed rows (one `batchUpdate` per 2 MB, usually one); nothing when none changed. */
  flush(): void {
    if (this.dirty.size === 0) return;
    writeBatches(this.books.committeeId, this.writes(), { meta: this.books.committeeMeta() });
    this.saved();
  }
}
