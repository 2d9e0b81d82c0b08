import type { CheckReport } from '../check/check-report';
import type { OrgState } from '../directory/org-state';

/**
 * `Состояние` after this build: the first date each organisation was seen submitted is kept, and
 * set to the report date for one submitted now for the first time. Rows of organisations no
 * longer in the directory are kept (an organisation may come back). Never mutates its input.
 *
 * @param report - the check
 * @example nextState(report).find((s) => s.code === 'S108')?.firstSubmitted // '2024-02-01'
 */
export function nextState(report: Pick<CheckReport, 'orgs' | 'state' | 'asOf'>): OrgState[] {
  const result: OrgState[] = [];
  const seen = new Set<string>();
  for (const { org, status } of report.orgs) {
    seen.add(org.code);
    const previous = report.state.get(org.code);
    const firstSubmitted = previous?.firstSubmitted ?? (status === 'submitted' ? report.asOf : null);
    result.push({
      code: org.code,
      firstSubmitted,
      hash: previous?.hash ?? null,
      lastReminder: previous?.lastReminder ?? null,
    });
  }
  for (const [code, state] of report.state) if (!seen.has(code)) result.push(state);
  return result;
}
