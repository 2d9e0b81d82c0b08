import type { OrgCheck } from '../../core/check/check-report';
import { issuesAsWritten } from '../../core/form/issues-as-written';
import { type OrgTabPlan, planOrgTab } from '../../core/form/plan-org-tab';
import type { SheetData } from '../../core/grid/sheet-data';
import type { Issue } from '../../core/issues/issue';
import { sectionSevenLines } from '../../core/recommendations/section-seven-lines';
import { sheetRequests, sheetSize } from '../adapter/sheet-requests';
import type { SheetMeta } from '../adapter/spreadsheet-meta';
import type { ActionContext } from '../infra/run-action';
import type { Evaluation } from './evaluate';
import { checkLine, orgMarkRequests } from './org-marks';
import { keptProtection, orgProtection } from './org-tabs';
import { sizeAfterTail, tailRequests } from './tail-requests';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/** One organisation tab's write after a check or build: its requests, and what decides whether it is due. */
export interface OrgResultWrite {
  readonly requests: Request[];
  readonly plan: OrgTabPlan;
  /** The tab's issues at its cells as written. */
  readonly issues: readonly Issue[];
}

/**
 * The requests that write one organisation tab's result: the layout `planOrgTab` gives (the whole
 * tab, or from its row `from`: section 7 for a build), the result line, notes and fills; or the
 * refusal when a typed value would vanish.
 *
 * @param ctx - the action
 * @param ev - the evaluation
 * @param check - the organisation's check
 * @param grid - its tab as read
 * @param sheet - the tab's gid, size and protections
 * @param issues - its issues (`orgIssuesByTab`)
 */
export function orgTabWrite(
  ctx: ActionContext,
  ev: Evaluation,
  check: OrgCheck,
  grid: SheetData,
  sheet: SheetMeta,
  issues: readonly Issue[],
): { ok: true; write: OrgResultWrite } | { ok: false; issue: Issue } {
  const { loaded, report, outputs } = ev;
  const line = checkLine(check, ctx.now, report.asOf);
  const written = planOrgTab({
    org: check.org,
    roadmap: report.roadmap,
    settings: report.settings,
    existing: grid,
    ...(outputs ? { recommendations: sectionSevenLines(outputs.recommendations.get(check.org.code) ?? []) } : {}),
    checkLine: line,
    timeZone: loaded.workbook.timeZone,
    scope: outputs ? 'build' : 'line',
  });
  if (!written.ok) return written;
  const { plan } = written;
  // The build renews the ranges only: who edits stays as tab creation set it (design §3).
  const protection = keptProtection(sheet, orgProtection(ctx, check.org));
  const requests: Request[] = [];
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
  const marked = issuesAsWritten(issues, plan);
  requests.push(
    ...orgMarkRequests({ sheetId: sheet.sheetId, ...size }, marked, line, plan.lineCell, previous, plan.sheet),
  );
  return { ok: true, write: { requests, plan, issues: marked } };
}
