import { describe, expect, it } from 'vitest';
import { pairStatus } from './pair-status';

const october = { start: '2023-10-01', end: '2023-10-31' };

describe('pairStatus', () => {
  it.each([
    ['a missing row before the window', null, '2023-09-15', 'not_due'],
    ['a missing row inside the window', null, '2023-10-31', 'in_progress'],
    ['a missing row after the window', null, '2023-11-01', 'overdue'],
    ['done inside the window', { status: 'выполнено', doneOn: '2023-10-20' }, '2024-02-01', 'done_on_time'],
    ['done before the window opened', { status: 'выполнено', doneOn: '2023-09-20' }, '2024-02-01', 'done_on_time'],
    ['done after the end', { status: 'выполнено', doneOn: '2023-11-02' }, '2024-02-01', 'done_late'],
    ['done without a date', { status: 'выполнено', doneOn: null }, '2024-02-01', 'overdue'],
    ['not participating', { status: 'не участвуем', doneOn: null }, '2024-02-01', 'not_participating'],
    ['an invalid status', { status: null, doneOn: null }, '2024-02-01', 'overdue'],
  ] as const)('gives %s', (_name, report, asOf, expected) => {
    expect(pairStatus(october, report, asOf)).toBe(expected);
  });
});
