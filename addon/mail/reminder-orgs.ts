import type { CheckReport } from '../../core/check/check-report';
import { tabKey } from '../../core/check/find-tab';
import type { IsoDate } from '../../core/dates/iso-date';
import { a1 } from '../../core/grid/a1';
import type { Issue } from '../../core/issues/issue';
import { formatIssue } from '../../core/issues/format-issue';
import type { ReminderOrg } from './remind-ports';

/** Links into the reports spreadsheet: to a tab, and to one cell of it. */
export interface ReportLinks {
  tabUrl(tab: string): string | null;
  cellUrl(tab: string, cell: string): string | null;
}

/**
 * The organisations a reminder goes to — not submitted (tab missing or empty) or with errors —
 * each with the issues of its own tab only (directory issues about it stay with the committee).
 *
 * @param report - the check
 * @param links - URLs of the reports spreadsheet's tabs and cells
 */
export function reminderOrgs(report: CheckReport, links: ReportLinks): ReminderOrg[] {
  const byTab = new Map<string, Issue[]>();
  for (const issue of report.issues) {
    const key = tabKey(issue.tab);
    const list = byTab.get(key);
    if (list) list.push(issue);
    else byTab.set(key, [issue]);
  }
  const result: ReminderOrg[] = [];
  for (const check of report.orgs) {
    if (check.status === 'submitted') continue;
    const own = (byTab.get(tabKey(check.tab)) ?? []).filter((i) => i.org === undefined || i.org === check.org.code);
    const tabUrl = check.status === 'missing' ? null : links.tabUrl(check.tab);
    result.push({
      code: check.org.code,
      name: check.org.name,
      district: check.org.district,
      status: check.status,
      emails: check.org.emails,
      tabUrl,
      problems: own.map((issue) => {
        const cell = issue.row !== null && issue.column !== null ? a1(issue.row, issue.column) : null;
        return {
          cell,
          severity: issue.severity,
          message: formatIssue(issue, 'addon'),
          url: cell !== null && tabUrl !== null ? links.cellUrl(check.tab, cell) : tabUrl,
        };
      }),
    });
  }
  return result;
}

/** `Последнее напоминание` by code, from the check's `Состояние`. */
export function lastReminders(report: CheckReport): Map<string, IsoDate | null> {
  return new Map([...report.state.values()].map((s) => [s.code, s.lastReminder]));
}
