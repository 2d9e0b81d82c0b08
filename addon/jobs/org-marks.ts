import { gridBox } from '../adapter/a1-range';
import type { OrgCheck } from '../../core/check/check-report';
import type { Cell } from '../../core/form/cell-map';
import { cellMarks } from '../../core/form/cell-marks';
import { orgCheckLine } from '../../core/check/org-check-line';
import type { IsoDate } from '../../core/dates/iso-date';
import type { Issue } from '../../core/issues/issue';
import type { Fill, OutputSheet } from '../../core/grid/output-sheet';
import { fillColor } from '../adapter/colors';
import { cellRequest } from '../adapter/sheet-requests';
import type { LocalTime } from '../infra/clock';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/**
 * The check-result line of a tab (the core's «Проверено 01.02.2024 10:15: 2 ошибки, 1 предупреждение»),
 * with «лист не заполнен» for an empty tab.
 *
 * @param asOf - the report date of the check (`Дата отчёта` of `Настройки`), said when it is not today
 * @example checkLine({ errors: 0, warnings: 0, status: 'empty' }, { date: '2024-02-01', time: '10:15' })
 */
export function checkLine(
  check: Pick<OrgCheck, 'errors' | 'warnings' | 'status'>,
  now: LocalTime,
  asOf?: IsoDate,
): string {
  return orgCheckLine(check, now.date, now.time, asOf);
}

function fillAt(template: OutputSheet | null, row: number, column: number): Fill | null {
  let found: Fill | null = null;
  for (const f of template?.format.fills ?? []) {
    if (row >= f.row && row < f.row + (f.rows ?? 1) && column >= f.column && column < f.column + (f.columns ?? 1))
      found = f.fill;
  }
  return found;
}

/** The tab being marked, as it is once written: its id and size. */
export interface MarkTarget {
  readonly sheetId: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * The requests that mark one organisation tab after a check, in a constant number per cell marked:
 * the result line at its cell; every note cleared (the template has none: notes are the add-on's
 * marks); cells marked last time and fine now get back the template's fill; each problem cell a
 * note with its messages and a red (error) or yellow (warning) fill.
 *
 * @param sheet - the tab (id and size after the write)
 * @param issues - the tab's issues that stand at a cell of the tab as written (`issuesAsWritten`)
 * @param line - the result line
 * @param lineCell - where it goes (`planOrgTab`'s `lineCell`)
 * @param previous - the notes found on the tab (`row,column` 0-based)
 * @param template - the tab as the core renders it (its fills are restored)
 */
export function orgMarkRequests(
  sheet: MarkTarget,
  issues: readonly Issue[],
  line: string,
  lineCell: Cell,
  previous: ReadonlyMap<string, string>,
  template: OutputSheet | null,
): Request[] {
  const { sheetId } = sheet;
  const requests: Request[] = [
    cellRequest(
      sheetId,
      lineCell.row,
      lineCell.column,
      { userEnteredValue: { stringValue: line } },
      'userEnteredValue',
    ),
  ];
  if (previous.size > 0) {
    requests.push({
      updateCells: {
        range: gridBox(sheetId, 0, sheet.rows, 0, sheet.columns),
        fields: 'note',
      },
    });
  }
  const marks = new Map<string, { row: number; column: number; note: string; fill: Fill }>();
  for (const mark of cellMarks(issues, 'addon')) {
    if (mark.row >= sheet.rows || mark.column >= sheet.columns) continue;
    marks.set(`${mark.row},${mark.column}`, mark);
  }
  for (const key of previous.keys()) {
    if (marks.has(key)) continue;
    const [row = 0, column = 0] = key.split(',').map(Number);
    if (row >= sheet.rows || column >= sheet.columns) continue;
    const fill = fillAt(template, row, column);
    requests.push({
      repeatCell: {
        range: gridBox(sheetId, row, row + 1, column, column + 1),
        cell: fill ? { userEnteredFormat: { backgroundColor: fillColor(fill) } } : {},
        fields: 'userEnteredFormat.backgroundColor',
      },
    });
  }
  for (const mark of marks.values()) {
    const look = { note: mark.note, userEnteredFormat: { backgroundColor: fillColor(mark.fill) } };
    requests.push(cellRequest(sheetId, mark.row, mark.column, look, 'note,userEnteredFormat.backgroundColor'));
  }
  return requests;
}
