import { tabNames } from '../grid/tab-names';
import type { SheetData } from '../grid/sheet-data';
import type { Issue } from '../issues/issue';
import { cellText } from '../values/cell-text';
import {
  directoryHeaders,
  essentialFields,
  type OrgField,
  orgFieldOfHeader,
  requiredFields,
} from './directory-columns';
import type { Organisation } from './organisation';
import { gridRow } from './grid-row';
import { readOrgRows } from './read-org-rows';

/** How many top rows are searched for the header row. */
const headerSearchRows = 15;

/** The directory as read: `usable` is false when there is no tab or no `Код`/`Наименование`/`Тип` column. */
export interface DirectoryRead {
  readonly orgs: Organisation[];
  readonly issues: Issue[];
  readonly usable: boolean;
}

/**
 * Finds the header row among the first rows: the one naming the most directory fields.
 *
 * @param rows - the grid
 * @example findHeaderRow([['Код', 'Наименование', 'Тип']]) // { row: 0, columns: { code: 0, name: 1, type: 2 } }
 */
function findHeaderRow(rows: readonly (readonly unknown[])[]): {
  row: number;
  columns: Partial<Record<OrgField, number>>;
} | null {
  let best: { row: number; columns: Partial<Record<OrgField, number>>; count: number } | null = null;
  for (let r = 0; r < Math.min(rows.length, headerSearchRows); r++) {
    const columns: Partial<Record<OrgField, number>> = {};
    let count = 0;
    gridRow(rows, r).forEach((cell, c) => {
      const field = orgFieldOfHeader(cellText(cell));
      if (field && columns[field] === undefined) {
        columns[field] = c;
        count++;
      }
    });
    if (columns.code !== undefined && (!best || count > best.count)) best = { row: r, columns, count };
  }
  return best ? { row: best.row, columns: best.columns } : null;
}

/**
 * Reads and checks the `Организации` tab: headers by text anywhere in the first rows, one
 * organisation per valid row, issues at their cells with the row's code as `org`. Directory
 * issues never change an organisation's status.
 *
 * @param sheet - the tab, or undefined when the workbook has none
 * @example readDirectory(undefined) // { orgs: [], issues: [{ code: 'directory_missing', … }], usable: false }
 */
export function readDirectory(sheet: SheetData | undefined): DirectoryRead {
  const tab = sheet?.name ?? tabNames.directory;
  if (!sheet) {
    return {
      orgs: [],
      usable: false,
      issues: [{ code: 'directory_missing', severity: 'error', tab, row: null, column: null, params: {} }],
    };
  }
  const header = findHeaderRow(sheet.values);
  const missing = (fields: readonly OrgField[]) => fields.filter((f) => header?.columns[f] === undefined);
  const missingIssues = (fields: readonly OrgField[]): Issue[] =>
    fields.length === 0
      ? []
      : [
          {
            code: 'directory_header_missing',
            severity: 'error',
            tab,
            row: null,
            column: null,
            params: { tab, headers: fields.map((f) => directoryHeaders[f]) },
          },
        ];
  const essentialMissing = missing(essentialFields);
  if (!header || essentialMissing.length > 0) {
    return { orgs: [], usable: false, issues: missingIssues(header ? essentialMissing : essentialFields) };
  }
  const issues = missingIssues(missing(requiredFields));
  const read = readOrgRows({
    tab,
    rows: sheet.values,
    headerRow: header.row,
    columns: header.columns,
    innSeverity: 'error',
  });
  issues.push(...read.issues);
  if (read.orgs.length === 0)
    issues.push({ code: 'directory_empty', severity: 'error', tab, row: null, column: null, params: {} });
  return { orgs: read.orgs, issues, usable: true };
}
