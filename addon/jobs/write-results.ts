import { tabNames } from '../../core/grid/tab-names';
import { orgIssuesByTab } from '../../core/check/org-issues-by-tab';
import { tabKey } from '../../core/check/find-tab';
import { stateSheet } from '../../core/directory/state-sheet';
import { formatIssues } from '../../core/issues/format-issue';
import type { Issue } from '../../core/issues/issue';
import { historyCodeHeader } from '../../core/history/history-row';
import { historySheet, historyRowValues } from '../../core/history/history-sheet';
import { historyHeaderOf } from '../../core/history/read-history';
import type { JournalEntry } from '../../core/history/journal';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { appendRowsRequests } from '../adapter/append-rows';
import { sheetIdAllocator } from '../adapter/sheet-ids';
import { columnsRequest, sheetRequests } from '../adapter/sheet-requests';
import { sheetByKey, type SpreadsheetMeta } from '../adapter/spreadsheet-meta';
import { PartialWriteError, type TabWrite, type WriteOutcome, writeBatches } from '../adapter/write-batches';
import { journalWrite } from '../infra/journal';
import { type OrgFiles, saveFilesProgress } from '../files/sync-org-files';
import { orgFileWrites, writeOrgFiles } from '../files/write-org-files';
import type { ActionContext } from '../infra/run-action';
import { committeeProtect } from './committee-editors';
import type { Evaluation } from './evaluate';
import { orgTabWrite } from './org-tab-write';

export interface WriteOptions {
  /** Organisation codes whose tabs get their marks (default: every tab read). */
  readonly only?: ReadonlySet<string>;
  /** One file per organisation: write nothing at all when no file changed and no result is due (the hourly job). */
  readonly quiet?: boolean;
  /** Committee tabs to rewrite (outputs, `Проверка`, `Состояние`). */
  readonly committeeSheets: readonly OutputSheet[];
  readonly journal: JournalEntry;
}

function orgTabWrites(
  ctx: ActionContext,
  ev: Evaluation,
  only: ReadonlySet<string> | undefined,
): { writes: TabWrite[]; refused: Issue[] } {
  const { loaded, report } = ev;
  const byTitle = new Map(loaded.reportsMeta.sheets.map((s) => [s.title, s]));
  const issuesByTab = orgIssuesByTab(report.issues);
  const writes: TabWrite[] = [];
  const refused: Issue[] = [];
  for (const check of report.orgs) {
    if (check.status === 'missing' || (only && !only.has(check.org.code))) continue;
    const grid = loaded.reportTabs.get(tabKey(check.org.code));
    const sheet = grid ? byTitle.get(grid.name) : undefined;
    if (!grid || !sheet) continue;
    const tab = issuesByTab.get(grid.name) ?? [];
    const written = orgTabWrite(ctx, ev, check, grid, sheet, tab);
    if (written.ok) writes.push({ title: grid.name, requests: written.write.requests });
    else refused.push(written.issue);
  }
  return { writes, refused };
}

function committeeWrites(ctx: ActionContext, ev: Evaluation, options: WriteOptions): TabWrite[] {
  const meta: SpreadsheetMeta = ev.loaded.committeeMeta;
  const newId = sheetIdAllocator(meta);
  const oneFile = ctx.books.oneFile();
  const protect = committeeProtect(ctx);
  const writes: TabWrite[] = [];
  for (const sheet of [...options.committeeSheets, stateSheet(ev.state)]) {
    const existing = sheetByKey(meta, sheet.name);
    // In the one-file form schools can open this spreadsheet: a committee tab without protection gets it.
    const needsProtection = oneFile && protect.editors.length > 0 && !existing?.protections.some((p) => p.wholeSheet);
    writes.push({
      title: sheet.name,
      requests: sheetRequests(
        existing ? { ...sheet, name: existing.title } : sheet,
        { sheetId: existing?.sheetId ?? newId(sheet.name), existing },
        needsProtection ? protect : undefined,
      ),
    });
  }
  const history = ev.outputs?.historyAppend ?? [];
  if (history.length) {
    // Rows follow the tab's own columns (a tab written before may have the key in column D); the key column is hidden.
    const header = historyHeaderOf(ctx.books.committeeTab(tabNames.history));
    const existing = header ? meta.sheets.find((s) => s.title === tabNames.history) : undefined;
    const codeColumn = header ? header.indexOf(historyCodeHeader) : -1;
    writes.push({
      title: tabNames.history,
      requests: [
        ...appendRowsRequests(
          meta,
          historySheet([]),
          history.map((row) => historyRowValues(row, header ?? undefined)),
          newId,
          oneFile && protect.editors.length > 0 ? protect : undefined,
        ),
        ...(existing && codeColumn >= 0
          ? [columnsRequest(existing.sheetId, codeColumn, codeColumn + 1, { hiddenByUser: true })]
          : []),
      ],
    });
  }
  writes.push(journalWrite(meta, [options.journal], newId, oneFile && protect.editors.length > 0 ? protect : undefined));
  return writes;
}

/** What a write did, and the organisation tabs it refused to write (each would have lost a value). */
export interface ResultsOutcome extends WriteOutcome {
  readonly refused: readonly Issue[];
  /** One file per organisation: files not read, and writes left or failed, as a sentence ('' when none). */
  readonly filesLine?: string;
}

function withFailures(entry: JournalEntry, failures: readonly string[]): JournalEntry {
  return failures.length ? { ...entry, failure: [entry.failure, ...failures].filter(Boolean).join(' ') } : entry;
}

/**
 * One file per organisation: the writes into the files that are due (`orgFileWrites`), paced, then
 * ONE committee write (outputs or `Проверка`, `Состояние`, `История`, `Журнал` with what the files
 * got, and the kept content of the files read and written). Writes left by the deadline stay due
 * for the next check or build.
 */
function writeFileResults(ctx: ActionContext, ev: Evaluation, options: WriteOptions, files: OrgFiles): ResultsOutcome {
  const { due, refused } = orgFileWrites(ctx, ev, files, options.only);
  if (options.quiet && files.read.size === 0 && due.length === 0) return { batches: 0, written: [], refused };
  const line = writeOrgFiles(files, due);
  const entry = { ...options.journal, outcome: `${options.journal.outcome}${line}` };
  const journal = withFailures(entry, refused.length ? [formatIssues(refused, 'addon')] : []);
  const out = writeBatches(
    ctx.books.committeeId,
    [...committeeWrites(ctx, ev, { ...options, journal }), ...files.cache.writes()],
    { meta: ev.loaded.committeeMeta },
  );
  files.cache.saved();
  saveFilesProgress(ctx.books.committeeId, files);
  return { ...out, refused, filesLine: line };
}

/**
 * Writes a check or a build: the organisation tabs (marks; for a build section 7) and the committee
 * tabs (`Проверка` or all outputs, `Состояние`, `История`, `Журнал`). One spreadsheet: one
 * `batchUpdate` when it fits in 2 MB, else batches of at most 2 MB; two spreadsheets: the reports'
 * batches, then the committee's. Every tab's clear and refill stand in one batch (a tab larger than
 * a batch goes through a staging tab), so a failure never leaves a tab cleared and not refilled.
 * Each organisation tab goes through `planOrgTab` first: a value that would vanish is kept, a tab
 * that cannot be written without a loss is left as it is and named in `refused` and in `Журнал`.
 * With one file per organisation, only the files whose result changed are written, one
 * `batchUpdate` each, then the committee's tabs (`writeFileResults`).
 *
 * @param ctx - the action
 * @param ev - the evaluation
 * @param options - which tabs, and the `Журнал` line
 */
export function writeResults(ctx: ActionContext, ev: Evaluation, options: WriteOptions): ResultsOutcome {
  if (ev.loaded.files) return writeFileResults(ctx, ev, options, ev.loaded.files);
  const { writes: reports, refused } = orgTabWrites(ctx, ev, options.only);
  const journal = withFailures(options.journal, refused.length ? [formatIssues(refused, 'addon')] : []);
  const committee = committeeWrites(ctx, ev, { ...options, journal });
  // Back in a one-file mode: the kept copies of the organisation files (personal data) go.
  const cache = ev.loaded.committeeMeta.sheets.find((s) => s.title === tabNames.reportCache);
  if (cache) committee.push({ title: cache.title, requests: [{ deleteSheet: { sheetId: cache.sheetId } }] });
  const committeeMeta = { meta: ev.loaded.committeeMeta };
  if (ctx.books.oneFile()) {
    return { ...writeBatches(ctx.books.committeeId, [...reports, ...committee], committeeMeta), refused };
  }
  const first = reports.length
    ? writeBatches(ev.loaded.reportsMeta.id, reports, { meta: ev.loaded.reportsMeta })
    : { batches: 0, written: [] };
  let second: WriteOutcome;
  try {
    second = writeBatches(ctx.books.committeeId, committee, committeeMeta);
  } catch (error) {
    if (error instanceof PartialWriteError) {
      throw new PartialWriteError([...first.written, ...error.written], error.pending, error.failure);
    }
    throw error;
  }
  return { batches: first.batches + second.batches, written: [...first.written, ...second.written], refused };
}

/**
 * A sentence for the user about organisation tabs left unwritten (empty when none), added to the
 * action's message.
 *
 * @param refused - `writeResults(…).refused`
 * @example refusedLine([issue]) // ' Не записан лист: В листе «S0001» 250 значений …'
 */
export function refusedLine(refused: readonly Issue[]): string {
  if (refused.length === 0) return '';
  return ` ${refused.length === 1 ? 'Не записан лист' : `Не записаны листы (${refused.length})`}: ${formatIssues(refused, 'addon')}`;
}
