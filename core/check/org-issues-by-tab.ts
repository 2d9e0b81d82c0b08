import type { Issue } from '../issues/issue';

/**
 * The issues of organisation tabs grouped by tab name (committee-tab issues, which carry no
 * matching tab, are grouped too but never looked up by an organisation tab).
 *
 * @param issues - every issue of a check
 * @example orgIssuesByTab(report.issues).get('SCH001') // [issue at B23, …]
 */
export function orgIssuesByTab(issues: readonly Issue[]): Map<string, Issue[]> {
  const byTab = new Map<string, Issue[]>();
  for (const issue of issues) {
    if (!issue.org) continue;
    const list = byTab.get(issue.tab);
    if (list) list.push(issue);
    else byTab.set(issue.tab, [issue]);
  }
  return byTab;
}
