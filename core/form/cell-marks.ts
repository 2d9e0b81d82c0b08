import type { Issue } from '../issues/issue';
import { formatIssue } from '../issues/format-issue';
import type { Shell } from '../issues/shell';

/** A problem cell of an organisation tab after a check: its note and its fill. 0-based. */
export interface CellMark {
  readonly row: number;
  readonly column: number;
  /** «Профкарта: Ошибка: …», one line per issue at the cell (a note holds at most 10,000 characters). */
  readonly note: string;
  /** `problem` when any issue at the cell is an error, else `warning`. */
  readonly fill: 'problem' | 'warning';
}

/**
 * The marks a check leaves on an organisation tab, one per cell that has issues, in the order the
 * cells first appear; issues without a cell are left out. Both adapters write them (the add-on as
 * requests, the .xlsx copy as `format.notes` and `format.fills`).
 *
 * @param issues - the tab's issues (1-based cells)
 * @param shell - where the tab is read: the add-on's spreadsheet or the command line's copy
 * @example cellMarks([issue], 'addon') // [{ row: 22, column: 1, note: 'Профкарта: Ошибка: …', fill: 'problem' }]
 */
export function cellMarks(issues: readonly Issue[], shell: Shell): CellMark[] {
  const marks = new Map<string, { row: number; column: number; lines: string[]; error: boolean }>();
  for (const issue of issues) {
    if (issue.row === null || issue.column === null || issue.row < 1 || issue.column < 1) continue;
    const row = issue.row - 1;
    const column = issue.column - 1;
    const key = `${row},${column}`;
    const mark = marks.get(key) ?? { row, column, lines: [], error: false };
    mark.lines.push(`${issue.severity === 'error' ? 'Ошибка' : 'Предупреждение'}: ${formatIssue(issue, shell)}`);
    mark.error ||= issue.severity === 'error';
    marks.set(key, mark);
  }
  return [...marks.values()].map((m) => ({
    row: m.row,
    column: m.column,
    note: `Профкарта: ${m.lines.join('\n')}`.slice(0, 10_000),
    fill: m.error ? 'problem' : 'warning',
  }));
}
