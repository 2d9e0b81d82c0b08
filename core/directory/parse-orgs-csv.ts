import type { Issue } from '../issues/issue';
import {
  directoryHeaders,
  englishHeaders,
  essentialFields,
  type OrgField,
  orgFieldOfHeader,
  requiredFields,
} from './directory-columns';
import type { Organisation } from './organisation';
import { parseCsv } from './parse-csv';
import { readOrgRows } from './read-org-rows';

const expectedFields: readonly OrgField[] = [...essentialFields, ...requiredFields];

/** The headers a list may have, for the messages: the «Организации» tab's and the English ones. */
const expected = {
  headers: expectedFields.map((f) => directoryHeaders[f]),
  optional: [directoryHeaders.active],
  englishHeaders: expectedFields.map((f) => englishHeaders[f]),
  englishOptional: [englishHeaders.active],
};

/** Every issue of the file placed as the file's row and column, named by the column's header as written. */
function inFile(issue: Issue, headerCells: readonly string[]): Issue {
  const header = issue.column === null ? undefined : headerCells[issue.column - 1]?.trim();
  return { ...issue, file: true, ...(header ? { header } : {}) };
}

/** At most this many organisations in one list (design §10: bounded inputs; a city has ~410). */
export const maxOrganisations = 5_000;

/**
 * The organisations of `template --orgs ORGS.csv`: the `Организации` tab's headers (`Код`,
 * `Наименование`, `Тип`, `Район`, `ИНН`, `Электронная почта`, optionally `Действует` да/нет,
 * default да) or the same in English (`code,name,type,district,inn,emails`, `active`), and the
 * common variants of committees' registers («Наименование ОО», «Тип ОО», «E-mail», «Эл. почта»);
 * quoted fields; `;`-separated files too. Rows are checked like the directory's, but a
 * malformed ИНН is only a warning (the check reports it again from the workbook). Every issue is
 * placed in the file (`file: true`, the column's `header` as written): «файл «orgs.csv», строка 7,
 * столбец «Тип»». A list of more than 5,000 rows is refused (`csv_too_many_rows`) before any row is read.
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
      issues: [
        {
          code: 'csv_empty',
          severity: 'error',
          tab,
          row: null,
          column: null,
          file: true,
          params: { tab, ...expected },
        },
      ],
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
          file: true,
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
        file: true,
        params: { tab, header: directoryHeaders[f], english: englishHeaders[f], ...expected },
      }));
  const essential = missing(essentialFields);
  if (essential.length > 0) return { orgs: [], issues: essential };
  const issues = missing(requiredFields);
  const read = readOrgRows({ tab, rows, headerRow: 0, columns, innSeverity: 'warning' });
  return { orgs: read.orgs, issues: [...issues, ...read.issues.map((issue) => inFile(issue, headerCells))] };
}
