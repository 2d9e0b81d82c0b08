import { a1 } from '../grid/a1';
import type { Severity } from '../issues/issue';
import { formatIssue } from '../issues/format-issue';
import type { CheckReport, OrgStatus } from './check-report';

/** The `check --json` document of design §8 (extra fields: counts, name, row and column). */
export interface CheckJson {
  readonly asOf: string;
  readonly orgs: readonly {
    readonly code: string;
    readonly name: string;
    readonly tab: string;
    readonly status: OrgStatus;
    readonly errors: number;
    readonly warnings: number;
  }[];
  readonly issues: readonly {
    readonly org: string | null;
    readonly tab: string;
    readonly cell: string | null;
    readonly severity: Severity;
    readonly code: string;
    readonly message: string;
    readonly row: number | null;
    readonly column: number | null;
  }[];
}

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
      message: formatIssue(i),
      row: i.row,
      column: i.column,
    })),
  };
}
