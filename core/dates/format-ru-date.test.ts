import { describe, expect, it } from 'vitest';
import { formatRuDate, formatRuDateTime, formatRuMonth, monthName } from './format-ru-date';

describe('formatRuDate', () => {
  it.each([
    ['2024-02-01', '01.02.2024'],
    ['2024-02-29T10:15', '29.02.2024'],
    ['вчера', 'вчера'],
    ['', ''],
  ])('shows %j as %j', (date, text) => {
    expect(formatRuDate(date)).toBe(text);
  });
});

describe('formatRuDateTime', () => {
  it('shows a date with its time', () => {
    expect(formatRuDateTime('2024-02-01', '10:15')).toBe('01.02.2024 10:15');
    expect(formatRuDateTime('2024-02-01T09:05:33')).toBe('01.02.2024 09:05');
    expect(formatRuDateTime('2024-02-01')).toBe('01.02.2024');
  });
});

describe('formatRuMonth', () => {
  it('names the month in Russian, nominative', () => {
    expect(formatRuMonth('2024-02')).toBe('февраль 2024');
    expect(formatRuMonth('2023-05-31')).toBe('май 2023');
    expect(monthName(10)).toBe('октябрь');
  });
  it('leaves what is not a month as it is', () => {
    expect(formatRuMonth('февраль')).toBe('февраль');
  });
});
