import { a1 } from '../grid/a1';
import { formatIssue } from '../issues/format-issue';
import type { CheckReport } from './check-report';
import type { CheckJson } from './check-json-schema';

export type { CheckJson } from './check-json-schema';

/**
 * The check report as the JSON of design §8.
 *
 * @param report - the check report
 * @example checkJson(report).issues[0] // { org: 'SCH001', tab: 'SCH001', cell: 'B14', severity: 'error', code: 'form_required', message: '…' }
 */
export function checkJson(report: CheckReport): CheckJson {
  return {
    asOf: report.asOf,
    orgs: report.orgs.map((o) => ({
      code: o.org.code,
      name: o.org.name,
      tab: o.tab,
      status: o.status,
      errors: o.errors,
      warnings: o.warnings,
    })),
    issues: report.issues.map((i) => ({
      org: i.org ?? null,
      tab: i.tab,
      cell: i.row !== null && i.column !== null ? a1(i.row, i.column) : null,
      severity: i.severity,
      code: i.code,
      message: formatIssue(i, 'cli'),
      row: i.row,
      column: i.column,
    })),
  };
}
