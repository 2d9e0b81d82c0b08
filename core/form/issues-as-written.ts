import type { Issue } from '../issues/issue';
import type { OrgTabPlan } from './plan-org-tab';

/**
 * The issues of a tab at their cells in the tab as written, so a note and a fill land on the value
 * they are about even when the write laid the tab out again; an issue whose cell has no place in
 * it keeps no cell (it is still listed in `Проверка`).
 *
 * @param issues - the tab's issues, 1-based cells of the tab as read
 * @param plan - the write
 * @example issuesAsWritten(issues, plan)[0] // { …, row: 62, column: 3 }
 */
export function issuesAsWritten(issues: readonly Issue[], plan: Pick<OrgTabPlan, 'map'>): Issue[] {
  return issues.map((issue) => {
    if (issue.row === null || issue.column === null) return issue;
    const to = plan.map.placeOf({ row: issue.row - 1, column: issue.column - 1 });
    return to ? { ...issue, row: to.row + 1, column: to.column + 1 } : { ...issue, row: null, column: null };
  });
}
