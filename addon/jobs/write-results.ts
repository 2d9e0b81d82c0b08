import { orgIssuesByTab } from '../../core/check/org-issues-by-tab';
import { tabKey } from '../../core/check/find-tab';
import { stateSheet } from '../../core/directory/state-sheet';
import { renderOrgTab } from '../../core/form/render-org-tab';
import { historySheet, historyRowValues } from '../../core/history/history-sheet';
import type { JournalEntry } from '../../core/history/journal';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { sectionSevenLines } from '../../core/recommendations/section-seven-lines';
import { appendRowsRequests } from '../adapter/append-rows';
import { sheetIdAllocator } from '../adapter/sheet-ids';
import { type ProtectionSpec, sheetRequests } from '../adapter/sheet-requests';
import type { SpreadsheetMeta } from '../adapter/spreadsheet-meta';
import { PartialWriteError, type TabWrite, type WriteOutcome, writeBatches } from '../adapter/write-batches';
import { journalWrite } from '../infra/journal';
import type { ActionContext } from '../infra/run-action';
import { committeeEditors } from './committee-editors';
import type { Evaluation } from './evaluate';
import { checkLine, orgMarkRequests } from './org-marks';
import { orgEditors, orgProtectionPrefix } from './org-tabs';
import { sectionSevenRequests } from './section-seven';
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

function orgTabWrites(ctx: ActionContext, ev: Evaluation, only: ReadonlySet<string> | undefined): TabWrite[] {
  const { loaded, report, outputs } = ev;
  const meta = loaded.reportsMeta;
  const byTitle = new Map(meta.sheets.map((s) => [s.title, s]));
  const issuesByTab = orgIssuesByTab(report.issues);
  const writes: TabWrite[] = [];
  for (const check of report.orgs) {
    if (check.status === 'missing' || (only && !only.has(check.org.code))) continue;
    const grid = loaded.reportTabs.get(tabKey(check.org.code));
    const sheet = grid ? byTitle.get(grid.name) : undefined;
    if (!grid || !sheet) continue;
    const recommendations = outputs ? sectionSevenLines(outputs.recommendations.get(check.org.code) ?? []) : undefined;
    const rendered = renderOrgTab(check.org, report.roadmap, report.settings, grid, recommendations, {
      timeZone: meta.timeZone,
    });
    const requests = [];
    if (outputs) {
      // The build renews the unprotected ranges only: who edits stays as tab creation set it.
      const current = sheet.protections.find((p) => p.wholeSheet);
      const protection: ProtectionSpec = {
        editors: current ? current.editors : orgEditors(ctx, check.org),
        description: `${orgProtectionPrefix} ${check.org.code}`,
      };
      requests.push(...(sectionSevenRequests(sheet, grid, rendered, protection) ?? []));
    }
    const previous = loaded.notes.get(grid.name) ?? new Map<string, string>();
    requests.push(
      ...orgMarkRequests(sheet, issuesByTab.get(grid.name) ?? [], checkLine(check, ctx.now), previous, rendered),
    );
    writes.push({ title: grid.name, requests });
  }
  return writes;
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
    writes.push({
      title: 'История',
      requests: appendRowsRequests(meta, historySheet([]), history.map(historyRowValues), newId),
    });
  }
  writes.push(journalWrite(meta, [options.journal], newId));
  return writes;
}

/**
 * Writes a check or a build: the organisation tabs (marks; for a build section 7) and the committee
 * tabs (`Проверка` or all outputs, `Состояние`, `История`, `Журнал`). One spreadsheet: one
 * `batchUpdate` when the payload allows; two spreadsheets: the reports' batch, then the committee's.
 * Every tab's requests stay in one batch, so a failure never leaves a tab cleared and not refilled.
 *
 * @param ctx - the action
 * @param ev - the evaluation
 * @param options - which tabs, and the `Журнал` line
 */
export function writeResults(ctx: ActionContext, ev: Evaluation, options: WriteOptions): WriteOutcome {
  const reports = orgTabWrites(ctx, ev, options.only);
  const committee = committeeWrites(ctx, ev, options);
  if (ctx.books.oneFile()) return writeBatches(ctx.books.committeeId, [...reports, ...committee]);
  const first = reports.length ? writeBatches(ev.loaded.reportsMeta.id, reports) : { batches: 0, written: [] };
  let second: WriteOutcome;
  try {
    second = writeBatches(ctx.books.committeeId, committee);
  } catch (error) {
    if (error instanceof PartialWriteError) {
      throw new PartialWriteError([...first.written, ...error.written], error.pending, error.failure);
    }
    throw error;
  }
  return { batches: first.batches + second.batches, written: [...first.written, ...second.written] };
}
