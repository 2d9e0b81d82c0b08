import { type Issue, issueAt, type Severity } from '../issues/issue';
import type { IssueParamsOf } from '../issues/issue-code';
import type { DirectoryIssueCode } from '../issues/directory-issue-codes';
import type { OrgField } from './directory-columns';
import { gridRow } from './grid-row';
import {
  maxOrgCodeLength,
  type Organisation,
  type OrgType,
  orgCodePattern,
  organisationSchema,
  orgTypes,
} from './organisation';
import { isReservedTabName } from './reserved-tab-names';
import { shown } from '../values/cell-read';
import { foundText } from '../values/found-text';
import { cellText } from '../values/cell-text';
import { readCount } from '../values/read-count';
import { readEmails } from '../values/read-emails';
import { readEnum } from '../values/read-enum';
import { readInn } from '../values/read-inn';
import { readIssues } from '../values/read-issues';
import { readYesNo } from '../values/read-yes-no';
import { screenCell } from '../values/screen-cell';

/** Where the rows are and how strict to be. */
export interface OrgRowsSource {
  readonly tab: string;
  readonly rows: readonly (readonly unknown[])[];
  /** 0-based index of the header row; data rows follow it. */
  readonly headerRow: number;
  /** 0-based column of each field present. */
  readonly columns: Partial<Record<OrgField, number>>;
  /** Severity of a malformed ИНН: an error in the directory, a warning in `template --orgs`. */
  readonly innSeverity: Severity;
}

/**
 * Directory rows → organisations and issues. Rows with neither code nor name are skipped;
 * rows whose code or type cannot be used are reported and left out (one organisation per
 * code, the first wins); every issue stands at its cell and carries the row's code.
 *
 * @param source - the grid, its header row and columns, and the ИНН severity
 * @example readOrgRows({ tab: 'Организации', rows, headerRow: 0, columns: { code: 0, name: 1, type: 2 }, innSeverity: 'error' })
 */
export function readOrgRows(source: OrgRowsSource): { orgs: Organisation[]; issues: Issue[] } {
  const { tab, rows, columns } = source;
  const orgs: Organisation[] = [];
  const issues: Issue[] = [];
  const firstRowOfCode = new Map<string, number>();
  for (let r = source.headerRow + 1; r < rows.length; r++) {
    const row = gridRow(rows, r);
    const rowNumber = r + 1;
    const cell = (field: OrgField): unknown => (columns[field] === undefined ? undefined : row[columns[field]]);
    const col = (field: OrgField): number => (columns[field] ?? 0) + 1;
    const code = cellText(cell('code'));
    const name = cellText(cell('name'));
    const issue = <C extends DirectoryIssueCode>(
      code_: C,
      field: OrgField,
      severity: Severity,
      params: IssueParamsOf<C>,
    ): void => {
      issues.push(
        issueAt(code_, params, { severity, tab, row: rowNumber, column: col(field), ...(code ? { org: code } : {}) }),
      );
    };
    if (code === '' && name === '') continue;
    const codeRead = screenCell(cell('code'));
    if (codeRead?.kind === 'bad') {
      issues.push(...readIssues(codeRead, { tab, row: rowNumber, column: col('code') }, 'error'));
      continue;
    }
    if (code === '') {
      issue('code_missing', 'code', 'error', { name: shown(name) });
      continue;
    }
    if (code.length > maxOrgCodeLength) {
      issue('code_too_long', 'code', 'error', { found: foundText(cell('code')), length: code.length });
      continue;
    }
    if (!orgCodePattern.test(code)) {
      issue('code_malformed', 'code', 'error', { found: foundText(cell('code')) });
      continue;
    }
    if (isReservedTabName(code)) {
      issue('code_reserved', 'code', 'error', { found: foundText(cell('code')) });
      continue;
    }
    const key = code.toLowerCase().replace(/ё/g, 'е');
    const firstRow = firstRowOfCode.get(key);
    if (firstRow !== undefined) {
      issue('code_duplicate', 'code', 'error', { found: foundText(cell('code')), firstRow });
      continue;
    }
    firstRowOfCode.set(key, rowNumber);
    const type = readType(cell('type'));
    if (type.kind !== 'ok') {
      if (type.kind === 'blank') issue('type_missing', 'type', 'error', { code, expected: orgTypes });
      else if (type.code === 'not_in_list')
        issue('type_unknown', 'type', 'error', { ...type.params, expected: orgTypes });
      else issues.push(...readIssues(type, at(tab, rowNumber, col('type'), code), 'error'));
      continue;
    }
    if (name === '') issue('name_missing', 'name', 'error', { code });
    const district = cellText(cell('district'));
    if (columns.district !== undefined && district === '') issue('district_missing', 'district', 'error', { code });
    const innRead = readInn(cell('inn'));
    if (innRead.kind === 'blank' && columns.inn !== undefined) issue('inn_missing', 'inn', 'warning', { code });
    issues.push(...readIssues(innRead, at(tab, rowNumber, col('inn'), code), source.innSeverity));
    const emailsRead = readEmails(cell('emails'));
    if (emailsRead.kind === 'blank' && columns.emails !== undefined)
      issue('emails_missing', 'emails', 'warning', { code });
    issues.push(...readIssues(emailsRead, at(tab, rowNumber, col('emails'), code), 'error', 'error'));
    const activeRead = readYesNo(cell('active'));
    if (activeRead.kind === 'bad')
      issue('active_unreadable', 'active', 'warning', { found: foundText(cell('active')) });
    const pupils = (field: 'pupils69' | 'pupils1011'): number | null => {
      const read = readCount(cell(field));
      issues.push(...readIssues(read, at(tab, rowNumber, col(field), code), 'error'));
      return read.kind === 'ok' ? read.value : null;
    };
    // The readers made every value; the schema states what a kept row is (a failure is a reader's bug).
    orgs.push(
      organisationSchema.parse({
        code,
        name,
        type: type.value,
        district,
        inn: innRead.kind === 'ok' ? innRead.value : cellText(cell('inn')),
        emails: emailsRead.kind === 'ok' ? emailsRead.value : [],
        active: activeRead.kind === 'ok' ? activeRead.value : true,
        pupils69: pupils('pupils69'),
        pupils1011: pupils('pupils1011'),
        row: rowNumber,
      }),
    );
  }
  return { orgs, issues };
}

function at(tab: string, row: number, column: number, org: string) {
  return { tab, row, column, org };
}

/** The type, tolerant to Latin `O` typed for Cyrillic `О`. */
function readType(cell: unknown) {
  const fixed = typeof cell === 'string' ? cell.replace(/[oO]/g, 'О').replace(/[dD]/g, 'Д') : cell;
  const read = readEnum<OrgType>(fixed, orgTypes);
  return read.kind === 'bad' && read.code === 'not_in_list' && typeof cell === 'string'
    ? { ...read, params: { ...read.params, found: shown(cell) } }
    : read;
}
