import { tabNames } from '../../core/grid/tab-names';
import { orgIssuesByTab } from '../../core/check/org-issues-by-tab';
import { tabKey } from '../../core/check/find-tab';
import { stateSheet } from '../../core/directory/state-sheet';
import { issuesAsWritten } from '../../core/form/issues-as-written';
import { planOrgTab } from '../../core/form/plan-org-tab';
import { formatIssues } from '../../core/issues/format-issue';
import type { Issue } from '../../core/issues/issue';
import { historyCodeHeader } from '../../core/history/history-row';
import { historySheet, historyRowValues } from '../../core/history/history-sheet';
import { historyHeaderOf } from '../../core/history/read-history';
import type { JournalEntry } from '../../core/history/journal';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { sectionSevenLines } from '../../core/recommendations/section-seven-lines';
import { appendRowsRequests } from '../adapter/append-rows';
import { sheetIdAllocator } from '../adapter/sheet-ids';
import { sheetRequests, sheetSize } from '../adapter/sheet-requests';
import type { SpreadsheetMeta } from '../adapter/spreadsheet-meta';
import { PartialWriteError, type TabWrite, type WriteOutcome, writeBatches } from '../adapter/write-batches';
import { journalWrite } from '../infra/journal';
import type { ActionContext } from '../infra/run-action';
import { committeeEditors } from './committee-editors';
import type { Evaluation } from './evaluate';
import { checkLine, orgMarkRequests } from './org-marks';
import { keptProtection, orgProtection } from './org-tabs';
import { sizeAfterTail, tailRequests } from './tail-requests';
import { committeeProtection } from './set-up';

/** Section 7 shows at most this many recommendations, by priority (design §6). */
export const maxRecommendations = 7;

export interface WriteOptions {
  /** Organisation codes whose tabs get their marks (default: every tab read). */
  readonly only?: ReadonlySet<string>;
  /** Committee tabs to rewrite (outputs, `Проверка`, `Состояние`). */
  readonly committeeSheets: readonly OutputSheet[];
  readonly journal: JournalEntry;
}

function orgTabWrites(
  ctx: ActionContext,
  ev: Evaluation,
  only: ReadonlySet<string> | undefined,
): { writes: TabWrite[]; refused: Issue[] } {
  const { loaded, report, outputs } = ev;
  const meta = loaded.reportsMeta;
  const byTitle = new Map(meta.sheets.map((s) => [s.title, s]));
  const issuesByTab = orgIssuesByTab(report.issues);
  const writes: TabWrite[] = [];
  const refused: Issue[] = [];
  for (const check of report.orgs) {
    if (check.status === 'missing' || (only && !only.has(check.org.code))) continue;
    const grid = loaded.reportTabs.get(tabKey(check.org.code));
    const sheet = grid ? byTitle.get(grid.name) : undefined;
    if (!grid || !sheet) continue;
    const line = checkLine(check, ctx.now);
    const written = planOrgTab({
      org: check.org,
      roadmap: report.roadmap,
      settings: report.settings,
      existing: grid,
      ...(outputs ? { recommendations: sectionSevenLines(outputs.recommendations.get(check.org.code) ?? []) } : {}),
      checkLine: line,
      timeZone: meta.timeZone,
      scope: outputs ? 'build' : 'line',
    });
    if (!written.ok) {
      refused.push(written.issue);
      continue;
    }
    const { plan } = written;
    // The build renews the unprotected ranges only: who edits stays as tab creation set it.
    const protection = keptProtection(sheet, orgProtection(ctx, check.org));
    const requests = [];
    let size = { rows: sheet.rows, columns: sheet.columns };
    if (plan.from === 0) {
      requests.push(
        ...sheetRequests({ ...plan.sheet, name: sheet.title }, { sheetId: sheet.sheetId, existing: sheet }, protection),
      );
      size = sheetSize(plan.sheet);
    } else if (plan.from < plan.sheet.rows.length) {
      requests.push(...tailRequests(sheet, plan, outputs ? protection : null));
      size = sizeAfterTail(sheet, plan);
    }
    const previous = loaded.notes.get(grid.name) ?? new Map<string, string>();
    const issues = issuesAsWritten(issuesByTab.get(grid.name) ?? [], plan);
    requests.push(
      ...orgMarkRequests({ sheetId: sheet.sheetId, ...size }, issues, line, plan.lineCell, previous, plan.sheet),
    );
    writes.push({ title: grid.name, requests });
  }
  return { writes, refused };
}

function committeeWrites(ctx: ActionContext, ev: Evaluation, options: WriteOptions): TabWrite[] {
  const meta: SpreadsheetMeta = ev.loaded.committeeMeta;
  const newId = sheetIdAllocator(meta);
  const oneFile = ctx.books.oneFile();
  const protect = { editors: committeeEditors(ctx), description: committeeProtection };
  const writes: TabWrite[] = [];
  for (const sheet of [...options.committeeSheets, stateSheet(ev.state)]) {
    const existing = meta.sheets.find((s) => tabKey(s.title) === tabKey(sheet.name)) ?? null;
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
        ),
        ...(existing && codeColumn >= 0
          ? [
              {
                updateDimensionProperties: {
                  range: {
                    sheetId: existing.sheetId,
                    dimension: 'COLUMNS',
                    startIndex: codeColumn,
                    endIndex: codeColumn + 1,
                  },
                  properties: { hiddenByUser: true },
                  fields: 'hiddenByUser',
                },
              },
            ]
          : []),
      ],
    });
  }
  writes.push(journalWrite(meta, [options.journal], newId));
  return writes;
}

/** What a write did, and the organisation tabs it refused to write (each would have lost a value). */
export interface ResultsOutcome extends WriteOutcome {
  readonly refused: readonly Issue[];
}

/**
 * Writes a check or a build: the organisation tabs (marks; for a build section 7) and the committee
 * tabs (`Проверка` or all outputs, `Состояние`, `История`, `Журнал`). One spreadsheet: one
 * `batchUpdate` when it fits in 2 MB, else batches of at most 2 MB; two spreadsheets: the reports'
 * batches, then the committee's. Every tab's clear and refill stand in one batch (a tab larger than
 * a batch goes through a staging tab), so a failure never leaves a tab cleared and not refilled.
 * Each organisation tab goes through `planOrgTab` first: a value that would vanish is kept, a tab
 * that cannot be written without a loss is left as it is and named in `refused` and in `Журнал`.
 *
 * @param ctx - the action
 * @param ev - the evaluation
 * @param options - which tabs, and the `Журнал` line
 */
export function writeResults(ctx: ActionContext, ev: Evaluation, options: WriteOptions): ResultsOutcome {
  const { writes: reports, refused } = orgTabWrites(ctx, ev, options.only);
  const journal = refused.length
    ? {
        ...options.journal,
        failure: [options.journal.failure, formatIssues(refused, 'addon')].filter(Boolean).join(' '),
      }
    : options.journal;
  const committee = committeeWrites(ctx, ev, { ...options, journal });
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
