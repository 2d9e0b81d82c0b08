import type { CheckReport } from '../../core/check/check-report';
import { a1 } from '../../core/grid/a1';
import { tabNames } from '../../core/grid/tab-names';
import { formatIssue } from '../../core/issues/format-issue';
import { placeText } from '../../core/issues/place-text';
import type { SidebarProblem } from '../sidebar-protocol';
import type { LoadedWorkbook } from './load-workbook';

/** Problems the sidebar lists after a check or a build. */
const sidebarProblemLimit = 30;

const rank = { error: 0, warning: 1, info: 2 } as const;

/**
 * The worst problems of a check for the sidebar: errors first, then warnings, in directory order,
 * each with a link that opens its cell; with how many there are in all and the tab that lists them.
 *
 * @param report - the check
 * @param loaded - the spreadsheets (for the links)
 */
export function worstProblems(
  report: CheckReport,
  loaded: LoadedWorkbook,
): { problems: SidebarProblem[]; problemsTotal: number; problemsTab: string } {
  return { problems: sortedProblems(report, loaded), problemsTotal: report.issues.length, problemsTab: tabNames.check };
}

function sortedProblems(report: CheckReport, loaded: LoadedWorkbook): SidebarProblem[] {
  const order = new Map(report.orgs.map((o, i) => [o.org.code, i]));
  const names = new Map(report.orgs.map((o) => [o.org.code, o.org.name]));
  return report.issues
    .map((issue, i) => ({ issue, i }))
    .sort(
      (x, y) =>
        rank[x.issue.severity] - rank[y.issue.severity] ||
        (order.get(x.issue.org ?? '') ?? -1) - (order.get(y.issue.org ?? '') ?? -1) ||
        x.i - y.i,
    )
    .slice(0, sidebarProblemLimit)
    .map(({ issue }) => {
      const cell = issue.row !== null && issue.column !== null ? a1(issue.row, issue.column) : null;
      return {
        org: issue.org ?? '',
        tab: issue.tab,
        cell,
        place: placeText(issue, issue.org === undefined ? undefined : names.get(issue.org)),
        severity: issue.severity,
        message: formatIssue(issue, 'addon'),
        url: loaded.cellUrl(issue.tab, cell),
      };
    });
}

/** Counts of organisations by status, and of issues by severity. */
export function checkCounts(report: CheckReport): Record<string, number> {
  const counts: Record<string, number> = {
    orgs: report.orgs.length,
    submitted: 0,
    errors: 0,
    empty: 0,
    missing: 0,
    issueErrors: 0,
    issueWarnings: 0,
  };
  for (const o of report.orgs) counts[o.status] = (counts[o.status] ?? 0) + 1;
  for (const i of report.issues) {
    if (i.severity === 'error') counts.issueErrors = (counts.issueErrors ?? 0) + 1;
    if (i.severity === 'warning') counts.issueWarnings = (counts.issueWarnings ?? 0) + 1;
  }
  return counts;
}

/** «организаций: 152 — сдали 120, с ошибками 20, не заполнили 5, без листа 7». */
export function countsLine(counts: Record<string, number>): string {
  return `организаций: ${counts.orgs} — сдали ${counts.submitted}, с ошибками ${counts.errors}, не заполнили ${counts.empty}, без листа ${counts.missing}`;
}
