import type { Issue } from '../issues/issue';
import { essentialFields, type OrgField, orgFieldOfHeader, requiredFields } from './directory-columns';
import type { Organisation } from './organisation';
import { parseCsv } from './parse-csv';
import { readOrgRows } from './read-org-rows';

const csvHeaders: Readonly<Record<OrgField, string>> = {
  code: 'code',
  name: 'name',
  type: 'type',
  district: 'district',
  inn: 'inn',
  emails: 'emails',
  active: 'active',
  pupils69: 'pupils69',
  pupils1011: 'pupils1011',
};

/** At most this many organisations in one list (design §10: bounded inputs; a city has ~410). */
export const maxOrganisations = 5_000;

/**
 * The organisations of `template --orgs ORGS.csv`: UTF-8 with an optional BOM, header
 * `code,name,type,district,inn,emails` and optionally `active` (да/нет, default да);
 * quoted fields; `;`-separated files too. Rows are checked like the directory's, but a
 * malformed ИНН is only a warning (the check reports it again from the workbook). A list of
 * more than 5,000 rows is refused (`csv_too_many_rows`) before any row is read.
 *
 * @param text - the file's text
 * @param fileName - the file's name, as the issues' `tab`
 * @example parseOrgsCsv('code,name,type,district,inn,emails\nS1,Школа,ООО,Центральный,7451234567,a@example.ru').orgs.length // 1
 */
export function parseOrgsCsv(text: string, fileName = 'orgs.csv'): { orgs: Organisation[]; issues: Issue[] } {
  const rows = parseCsv(text);
  const tab = fileName;
  const headerCells = rows[0];
  if (!headerCells || headerCells.every((c) => c.trim() === '')) {
    return {
      orgs: [],
      issues: [{ code: 'csv_empty', severity: 'error', tab, row: null, column: null, params: { tab } }],
    };
  }
  const dataRows = rows.length - 1;
  if (dataRows > maxOrganisations) {
    return {
      orgs: [],
      issues: [
        {
          code: 'csv_too_many_rows',
          severity: 'error',
          tab,
          row: null,
          column: null,
          params: { tab, rows: dataRows, max: maxOrganisations },
        },
      ],
    };
  }
  const columns: Partial<Record<OrgField, number>> = {};
  headerCells.forEach((cell, c) => {
    const field = orgFieldOfHeader(cell);
    if (field && columns[field] === undefined) columns[field] = c;
  });
  const missing = (fields: readonly OrgField[]): Issue[] =>
    fields
      .filter((f) => columns[f] === undefined)
      .map((f) => ({
        code: 'csv_header_missing',
        severity: 'error',
        tab,
        row: null,
        column: null,
        params: { tab, header: csvHeaders[f] },
      }));
  const essential = missing(essentialFields);
  if (essential.length > 0) return { orgs: [], issues: essential };
  const issues = missing(requiredFields);
  const read = readOrgRows({ tab, rows, headerRow: 0, columns, innSeverity: 'warning' });
  return { orgs: read.orgs, issues: [...issues, ...read.issues] };
}
