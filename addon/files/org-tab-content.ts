import { tabKey } from '../../core/check/find-tab';
import { linksAndNotes } from '../adapter/read-grids';
import { requireSheets } from '../adapter/sheets-service';
import { metaOf, type ProtectionMeta, type SpreadsheetMeta, tabMetaFields } from '../adapter/spreadsheet-meta';

type Spreadsheet = GoogleAppsScript.Sheets.Schema.Spreadsheet;
type ExtendedValue = GoogleAppsScript.Sheets.Schema.ExtendedValue;

/**
 * What the add-on keeps of an organisation's file: its form tab (the tab named by the code) as
 * check and build read it — values as `Values.batchGet` gives them unformatted (dates as serial
 * numbers, a formula's error as its text), hyperlinks, notes — and what a write into it needs
 * (gid, size, protections). `title` is '' when the file has no tab named by the code.
 */
export interface OrgTabContent {
  readonly title: string;
  readonly sheetId: number;
  readonly rows: number;
  readonly columns: number;
  readonly protections: readonly ProtectionMeta[];
  readonly values: readonly (readonly unknown[])[];
  /** Same shape as `values` where a cell has a link; absent when none has. */
  readonly links?: readonly (readonly (string | null)[])[];
  /** Note text by 0-based `row,column`: the marks of the previous check. */
  readonly notes?: Readonly<Record<string, string>>;
}

/** The fields of ONE `Spreadsheets.get` that reads a file: its time zone, every tab's meta and cells (value, link, note). */
const orgFileFields = `properties.timeZone,sheets(${tabMetaFields},data.rowData.values(effectiveValue,hyperlink,note))`;

/** The text a formula's error shows, by Sheets' `ErrorValue.type` (core's `formulaError` reads these). */
const errorTexts: Readonly<Record<string, string>> = {
  ERROR: '#ERROR!',
  NULL_VALUE: '#NULL!',
  DIVIDE_BY_ZERO: '#DIV/0!',
  VALUE: '#VALUE!',
  REF: '#REF!',
  NAME: '#NAME?',
  NUM: '#NUM!',
  N_A: '#N/A',
};

function cellValue(value: ExtendedValue | undefined): unknown {
  if (!value) return '';
  if (value.errorValue) return errorTexts[value.errorValue.type ?? ''] ?? '#ERROR!';
  return value.numberValue ?? value.stringValue ?? value.boolValue ?? '';
}

/**
 * The form tab of an organisation's file from a `Spreadsheets.get` (or a `batchUpdate` reply's
 * `updatedSpreadsheet`) with `orgFileFields`: the tab whose name is the code (case and spaces
 * ignored), trailing blanks trimmed.
 *
 * @param spreadsheet - the response
 * @param code - the organisation's code
 * @example orgTabContent(response, 'S0001').title // 'S0001'
 */
export function orgTabContent(spreadsheet: Spreadsheet, code: string): OrgTabContent {
  const meta = metaOf('', spreadsheet);
  const at = meta.sheets.findIndex((s) => tabKey(s.title) === tabKey(code));
  const tab = meta.sheets[at];
  if (!tab) return { title: '', sheetId: 0, rows: 0, columns: 0, protections: [], values: [] };
  const rowData = spreadsheet.sheets?.[at]?.data?.[0]?.rowData ?? [];
  const values: unknown[][] = rowData.map((row) => {
    const line = (row.values ?? []).map((cell) => cellValue(cell.effectiveValue));
    while (line.length > 0 && line[line.length - 1] === '') line.pop();
    return line;
  });
  const { links, notes } = linksAndNotes(rowData);
  while (values.length > 0 && values[values.length - 1]!.length === 0) values.pop();
  return {
    title: tab.title,
    sheetId: tab.sheetId,
    rows: tab.rows,
    columns: tab.columns,
    protections: tab.protections,
    values,
    ...(links ? { links } : {}),
    ...(notes.size ? { notes: Object.fromEntries(notes) } : {}),
  };
}

/**
 * Reads an organisation's file in ONE `Spreadsheets.get`: every tab's meta (to find `Инструкция`,
 * to add a tab) and its form tab as check and build read it (`orgTabContent`). Creation, the
 * protection passes and the reading of files all read a file so.
 *
 * @param id - the file
 * @param code - the organisation's code
 * @example readOrgFile(id, 'S0001').content.values[0] // ['Форма организации …']
 */
export function readOrgFile(id: string, code: string): { meta: SpreadsheetMeta; content: OrgTabContent } {
  const response = requireSheets().Spreadsheets!.get(id, { fields: orgFileFields });
  return { meta: metaOf(id, response), content: orgTabContent(response, code) };
}
