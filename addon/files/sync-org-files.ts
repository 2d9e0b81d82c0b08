import { errorText } from '../adapter/sheets-service';
import { tabKey } from '../../core/check/find-tab';
import { readDirectory } from '../../core/directory/read-directory';
import { tabNames } from '../../core/grid/tab-names';
import { SheetsPace } from '../adapter/sheets-pace';
import type { Books } from '../infra/books';
import { effectiveUserEmail } from '../infra/committee-guard';
import type { ActionContext } from '../infra/run-action';
import { filesProgressProperty } from '../infra/stored-values';
import { scheduleFilesContinuation } from './files-continuation';
import { listOrgFiles, type OrgFile } from './list-org-files';
import { readOrgFile } from './org-tab-content';
import { type CachedFile, ReportCache } from './report-cache';

/** A job starts no request to a file after this (ms from its start): an execution ends at 6 minutes. */
const filesBudgetMs = 270_000;

/**
 * How long after its own write returned the add-on still takes a file's change by the same account
 * for that write (Drive's and the script's clocks differ a little). Short: the same account's own
 * edit by hand later than this (a committee member correcting a school's value, a template upgrade)
 * is a change, read again.
 */
const ownWriteLagMs = 30_000;

/** The organisation files of one run: those current, and how many are left to read. */
export interface OrgFiles {
  /** Files of active organisations whose content is current (kept unchanged, or read now), by code as listed. */
  readonly current: ReadonlyMap<string, { readonly file: OrgFile; readonly cached: CachedFile }>;
  readonly cache: ReportCache;
  /** The run's pace: writes into the files take their turn in it too. */
  readonly pace: SheetsPace;
  /** Codes read in this run (changed since their last read, or never read). */
  readonly read: ReadonlySet<string>;
  /** Files of active organisations in the folder. */
  readonly total: number;
  /** Of them, still to read: 0 when every file is current. */
  readonly left: number;
  /** Files that could not be read, «КОД: причина». */
  readonly failed: readonly string[];
  /** Who the run acts as (lower case): the kept header of a file it writes says so. */
  readonly user: string;
}

/**
 * Whether a kept file is still what the folder holds: same file, same `modifiedTime` as when read,
 * or the change the add-on's own last write made (by the account that wrote, while it ran: the kept
 * content is what that write left).
 */
function isCurrent(kept: CachedFile | undefined, file: OrgFile): kept is CachedFile {
  if (!kept?.content || kept.header.id !== file.id) return false;
  const { m, w, e, by } = kept.header;
  const at = Date.parse(file.modifiedTime);
  return m === file.modifiedTime || (!!w && !!e && file.lastModifier === by && at >= w && at <= e + ownWriteLagMs);
}

/**
 * Keeps the progress for the sidebar and the next run (files current of those listed), and the
 * user's quota windows.
 *
 * @param committeeId - the committee's spreadsheet
 * @param files - the run's files
 */
export function saveFilesProgress(committeeId: string, files: OrgFiles): void {
  filesProgressProperty(committeeId).write({ done: files.total - files.left, total: files.total });
  files.pace.save();
}

/**
 * Brings the kept content of the organisation files up to date (design §2): ONE Drive listing of
 * `Папка отчётов` gives each file's modification time; only the files of active organisations
 * changed since their last read (or never read) are read, each in ONE `Spreadsheets.get`, paced
 * within the read quota and before the run's deadline (`filesBudgetMs`), and kept in
 * `Кэш отчётов` (saved while waiting for the quota and at the end). With files left, the
 * continuation trigger reads on in a minute.
 *
 * @param ctx - the action
 * @param maxReads - at most this many files read in this run (the sidebar's step)
 */
export function syncOrgFiles(ctx: ActionContext, maxReads = Number.POSITIVE_INFINITY): OrgFiles {
  const { books } = ctx;
  const deadline = Date.now() + filesBudgetMs;
  const active = new Set(
    readDirectory(books.committeeTab(tabNames.directory))
      .orgs.filter((o) => o.active)
      .map((o) => tabKey(o.code)),
  );
  const listed = [...listOrgFiles(books.settings().reportsFolder, books.committeeId)].filter(([code]) =>
    active.has(tabKey(code)),
  );
  const cache = ReportCache.read(books);
  const user = effectiveUserEmail();
  const pace = SheetsPace.open(deadline, () => cache.flush());
  const current = new Map<string, { file: OrgFile; cached: CachedFile }>();
  const read = new Set<string>();
  const failed: string[] = [];
  let left = 0;
  for (const [code, file] of listed) {
    const kept = cache.get(code);
    if (isCurrent(kept, file)) {
      current.set(code, { file, cached: kept });
      continue;
    }
    let got: { value: ReturnType<typeof readOrgFile> } | null = null;
    try {
      if (read.size < maxReads) got = pace.run('reads', () => readOrgFile(file.id, code));
    } catch (error) {
      failed.push(`${code}: ${errorText(error)}`);
      continue;
    }
    if (!got) {
      left++;
      continue;
    }
    const cached: CachedFile = {
      header: { id: file.id, m: file.modifiedTime },
      content: got.value.content,
    };
    cache.set(code, cached);
    current.set(code, { file, cached });
    read.add(code);
  }
  cache.flush();
  const files = { current, cache, pace, read, total: listed.length, left, failed, user };
  saveFilesProgress(books.committeeId, files);
  if (left > 0) scheduleFilesContinuation();
  return files;
}

/**
 * Whether the organisation forms are files in `Папка отчётов` (`Отчёты организаций` = `в
 * отдельных файлах` and a folder set); else they are tabs of one spreadsheet, read as before.
 *
 * @param books - the action's spreadsheets
 */
export function usesOrgFiles(books: Books): boolean {
  const settings = books.settings();
  return settings.reportsMode === 'files' && settings.reportsFolder !== '';
}
