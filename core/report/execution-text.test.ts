import { describe, expect, it } from 'vitest';
import type { StatusCounts } from '../indicators/roadmap-execution';
import { executionText } from './execution-text';

const counts = (over: Partial<StatusCounts>): StatusCounts => ({
  done_on_time: 0,
  done_late: 0,
  in_progress: 0,
  overdue: 0,
  not_due: 0,
  not_participating: 0,
  ...over,
});
const august = { start: '2023-08-01', end: '2023-08-31' };

describe('executionText', () => {
  it('gives a closed window’s share of those that take part, and names those that do not', () => {
    // As found (row 2.2): 1 of 3 done, 1 «не участвуем» — 50 % of the 2 that take part, said so.
    const r = { counts: counts({ done_on_time: 1, overdue: 1, not_participating: 1 }), total: 3 };
    expect(executionText(r, august, '2024-02-01')).toBe('выполнено 50,0 % (1 из 2); не участвуют 1');
  });

  it('says where an open or future window stands', () => {
    const r = { counts: counts({ done_late: 2, in_progress: 3 }), total: 5 };
    expect(executionText(r, { start: '2023-09-01', end: '2024-08-31' }, '2024-02-01')).toBe(
      'срок до 31.08.2024: выполнили 2 из 5',
    );
    expect(executionText(r, { start: '2024-05-01', end: '2024-06-30' }, '2024-02-01')).toBe('срок с 01.05.2024');
    // The window's last day is still inside it.
    expect(executionText(r, august, '2023-08-31')).toBe('срок до 31.08.2023: выполнили 2 из 5');
  });

  it('says so when nobody takes part or nobody reports', () => {
    expect(executionText({ counts: counts({ not_participating: 2 }), total: 2 }, august, '2024-02-01')).toBe(
      'все не участвуют',
    );
    expect(executionText({ counts: counts({}), total: 0 }, august, '2024-02-01')).toBe('никто не отчитывается');
  });

  it('counts a window without a deadline without a share', () => {
    expect(executionText({ counts: counts({ done_on_time: 1, not_due: 2 }), total: 3 }, null, '2024-02-01')).toBe(
      'срок не определён: выполнили 1 из 3',
    );
  });
});
