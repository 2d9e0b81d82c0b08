import { describe, expect, it } from 'vitest';
import { isInSchoolYear, reportDate } from './report-date';

describe('reportDate', () => {
  it('takes the date asked for first', () => {
    expect(reportDate({ asOf: '2024-02-01', bookDate: '2024-03-01', today: '2026-11-30' })).toEqual({
      date: '2024-02-01',
      source: 'as_of',
    });
  });
  it('takes the book’s Дата отчёта when none is asked for', () => {
    expect(reportDate({ bookDate: '2024-03-01', today: '2026-11-30' })).toEqual({ date: '2024-03-01', source: 'book' });
  });
  it('falls back to today when the book has no date', () => {
    expect(reportDate({ asOf: undefined, bookDate: null, today: '2026-11-30' })).toEqual({
      date: '2026-11-30',
      source: 'today',
    });
  });
});

describe('isInSchoolYear', () => {
  it.each([
    ['2023-09-01', true],
    ['2024-08-31', true],
    ['2023-08-31', false],
    ['2024-09-01', false],
    ['2026-11-30', false],
  ])('%s in 2023/2024 → %s', (date, inside) => {
    expect(isInSchoolYear(date, { start: 2023 })).toBe(inside);
  });
});
