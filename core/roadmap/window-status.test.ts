import { describe, expect, it } from 'vitest';
import { builtinRoadmap } from './builtin-roadmap';
import { committeeWindowStatus } from './committee-window-status';
import { readRowStatus } from './read-row-status';
import { roadmapStatuses } from './roadmap-item';
import { statusFills, statusLabels } from './status-labels';
import { windowStatus } from './window-status';

const october = { start: '2023-10-01', end: '2023-10-31' };
const blank = { status: null, doneOn: null };

describe('windowStatus', () => {
  it.each([
    ['the day before the window opens', blank, '2023-09-30', 'not_due'],
    ['the day the window opens', blank, '2023-10-01', 'in_progress'],
    ['the day the window ends', blank, '2023-10-31', 'in_progress'],
    ['the day after the window ends', blank, '2023-11-01', 'overdue'],
    ['в работе after the end', { status: 'в работе', doneOn: null }, '2023-11-01', 'overdue'],
    ['не начато inside the window', { status: 'не начато', doneOn: null }, '2023-10-15', 'in_progress'],
    ['done on the last day', { status: 'выполнено', doneOn: '2023-10-31' }, '2023-12-01', 'done_on_time'],
    ['done the day after the end', { status: 'выполнено', doneOn: '2023-11-01' }, '2023-12-01', 'done_late'],
    ['done before the window opened', { status: 'выполнено', doneOn: '2023-09-15' }, '2023-09-20', 'done_on_time'],
    [
      'done, as of a date before the window',
      { status: 'выполнено', doneOn: '2023-09-15' },
      '2023-09-01',
      'done_on_time',
    ],
    ['выполнено without a date, after the end', { status: 'выполнено', doneOn: null }, '2023-11-01', 'overdue'],
    ['выполнено without a date, inside', { status: 'выполнено', doneOn: null }, '2023-10-10', 'in_progress'],
    ['a date without выполнено', { status: 'в работе', doneOn: '2023-10-10' }, '2023-11-01', 'overdue'],
    ['не участвуем after the end', { status: 'не участвуем', doneOn: null }, '2023-11-01', 'not_participating'],
    ['не участвуем before the window', { status: 'не участвуем', doneOn: null }, '2023-09-01', 'not_participating'],
  ] as const)('%s', (_, execution, asOf, status) => {
    expect(windowStatus(october, execution, asOf)).toBe(status);
  });

  it('treats a one-day window inclusively', () => {
    const day = { start: '2023-10-15', end: '2023-10-15' };
    expect(windowStatus(day, blank, '2023-10-15')).toBe('in_progress');
    expect(windowStatus(day, blank, '2023-10-16')).toBe('overdue');
  });
});

describe('committeeWindowStatus', () => {
  const item41 = builtinRoadmap().items.find((item) => item.id === '4.1');
  if (!item41) throw new Error('4.1 missing');

  it('reads a blank committee execution as not done', () => {
    expect(committeeWindowStatus(item41, 1, '2024-01-31')).toBe('in_progress');
    expect(committeeWindowStatus(item41, 1, '2024-02-01')).toBe('overdue');
  });

  it('reads the committee’s status text tolerantly', () => {
    const done = { ...item41, committee: { status: ' Выполнено', doneOn: '2024-02-02', evidence: 'Справка № 5' } };
    expect(committeeWindowStatus(done, 1, '2024-03-01')).toBe('done_late');
  });

  it('counts an unknown status text as blank', () => {
    const odd = { ...item41, committee: { status: 'готово', doneOn: '2024-01-10', evidence: '' } };
    expect(committeeWindowStatus(odd, 1, '2024-03-01')).toBe('overdue');
  });

  it('is null for a window the item does not have', () => {
    expect(committeeWindowStatus(item41, 2, '2024-03-01')).toBeNull();
    expect(committeeWindowStatus({ ...item41, windows: [] }, 1, '2024-03-01')).toBeNull();
  });
});

describe('readRowStatus', () => {
  it.each([
    ['выполнено', 'выполнено'],
    [' В  работе ', 'в работе'],
    ['Не участвуем', 'не участвуем'],
    ['', null],
    ['  ', null],
    ['сделано', undefined],
  ])('reads %j', (text, status) => {
    expect(readRowStatus(text)).toBe(status);
  });
});

describe('status labels and fills', () => {
  it('has a Russian label and a fill decision for every status', () => {
    for (const status of roadmapStatuses) {
      expect(statusLabels[status]).toMatch(/^[а-я ]+$/);
      expect(status in statusFills).toBe(true);
    }
    expect(statusFills.done_on_time).toBe('green');
    expect(statusFills.overdue).toBe('red');
  });
});
