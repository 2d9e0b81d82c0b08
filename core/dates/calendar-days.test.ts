import { describe, expect, it } from 'vitest';
import { addIsoDays } from './add-iso-days';
import { daysBetween } from './days-between';
import { schoolYearBounds, schoolYearOf } from './school-year';
import { serialOfIsoDate, serialToIsoDate } from './serial-date';
import { yearsBefore } from './years-before';

describe('serialToIsoDate', () => {
  it('reads a serial day number of the 1900 system, as Sheets writes it', () => {
    expect(serialToIsoDate(45230)).toBe('2023-10-31');
    expect(serialToIsoDate(45230.75)).toBe('2023-10-31');
    expect(serialToIsoDate(1)).toBe('1899-12-31');
  });
  it('reads the same day of a 1904 workbook 1462 days lower', () => {
    expect(serialToIsoDate(43768, '1904')).toBe('2023-10-31');
    expect(serialToIsoDate(0, '1904')).toBe('1904-01-01');
  });
  it('gives null for what is not a day of years 1000–9999', () => {
    expect(serialToIsoDate(Number.NaN)).toBeNull();
    expect(serialToIsoDate(-700_000)).toBeNull();
    expect(serialToIsoDate(1e9)).toBeNull();
  });
  it('goes back to the serial the add-on writes', () => {
    expect(serialOfIsoDate('2023-10-31')).toBe(45230);
    expect(serialToIsoDate(serialOfIsoDate('2024-02-29'))).toBe('2024-02-29');
  });
});

describe('yearsBefore', () => {
  it('takes the same day three years back, 29 February to the 28th', () => {
    expect(yearsBefore('2024-02-01', 3)).toBe('2021-02-01');
    expect(yearsBefore('2024-02-29', 3)).toBe('2021-02-28');
  });
});

describe('daysBetween and addIsoDays', () => {
  it('count calendar days across a month and a leap day', () => {
    expect(daysBetween('2024-01-25', '2024-02-01')).toBe(7);
    expect(daysBetween('2024-02-01', '2024-01-25')).toBe(-7);
    expect(addIsoDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addIsoDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('school year', () => {
  it('runs from 1 September to 31 August', () => {
    expect(schoolYearBounds({ start: 2023 })).toEqual({ start: '2023-09-01', end: '2024-08-31' });
  });
  it('starts the next one in September', () => {
    expect(schoolYearOf('2024-08-31')).toEqual({ start: 2023 });
    expect(schoolYearOf('2024-09-01')).toEqual({ start: 2024 });
    expect(schoolYearOf('2024-02-01')).toEqual({ start: 2023 });
  });
});
