import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues/issue';
import { formatIssue } from '../issues/format-issue';
import { cellMarks } from './cell-marks';

const at = (
  row: number | null,
  column: number | null,
  severity: Issue['severity'],
  code: 'form_required' | 'form_tab_missing' | 'form_empty',
): Issue => ({
  code: code as 'form_required',
  severity,
  tab: 'SCH001',
  row,
  column,
  org: 'SCH001',
  params: { label: 'Поле' },
});

describe('cellMarks', () => {
  it('joins the issues at one cell into one note, each on its own line, red when any is an error', () => {
    const warning = at(23, 2, 'warning', 'form_required');
    const error = at(23, 2, 'error', 'form_empty');
    expect(cellMarks([warning, error], 'addon')).toEqual([
      {
        row: 22,
        column: 1,
        note: `Профкарта: Предупреждение: ${formatIssue(warning, 'addon')}\nОшибка: ${formatIssue(error, 'addon')}`,
        fill: 'problem',
      },
    ]);
  });

  it('marks a cell with warnings only yellow, and leaves out issues without a cell', () => {
    const marks = cellMarks(
      [at(5, 1, 'warning', 'form_required'), at(null, null, 'error', 'form_tab_missing')],
      'addon',
    );
    expect(marks.map((m) => [m.row, m.column, m.fill])).toEqual([[4, 0, 'warning']]);
  });

  it('gives no marks for no issues', () => {
    expect(cellMarks([], 'addon')).toEqual([]);
  });
});
