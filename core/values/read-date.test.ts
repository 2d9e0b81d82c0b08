import { describe, expect, it } from 'vitest';
import { readDate } from './read-date';

describe('readDate', () => {
  it.each<[unknown, string]>([
    [new Date('2023-10-31T00:00:00Z'), '2023-10-31'],
    [45230, '2023-10-31'],
    [45230.75, '2023-10-31'],
    ['07.08.2023', '2023-08-07'],
    ['7.8.2023', '2023-08-07'],
    ['07.08.23', '2023-08-07'],
    ['2023-08-07', '2023-08-07'],
    ['7 августа 2023 г.', '2023-08-07'],
    ['1 мая 2024', '2024-05-01'],
    ['3 марта 2024 года', '2024-03-03'],
    [' 31.10.2023 ', '2023-10-31'],
    ['31.10.2023 г.', '2023-10-31'],
    ['31.10.2023 14:30', '2023-10-31'],
    ['29.02.2024', '2024-02-29'],
  ])('reads %j as %s', (cell, expected) => {
    expect(readDate(cell, 'UTC')).toEqual({ kind: 'ok', value: expected });
  });

  it('reads an Apps Script date cell in the spreadsheet zone', () => {
    expect(readDate(new Date('2023-10-30T19:00:00Z'), 'Asia/Yekaterinburg')).toEqual({
      kind: 'ok',
      value: '2023-10-31',
    });
  });

  it.each<[unknown, string]>([
    ['31.02.2023', 'impossible_date'],
    ['29.02.2023', 'impossible_date'],
    ['12.13.2023', 'impossible_date'],
    ['00.10.2023', 'impossible_date'],
    ['32 октября 2023', 'impossible_date'],
    ['01.01.1900', 'date_out_of_range'],
    ['01.01.2200', 'date_out_of_range'],
    [new Date('1900-01-01T00:00:00Z'), 'date_out_of_range'],
    [12, 'not_a_date'],
    [3_000_000, 'not_a_date'],
    ['вчера', 'not_a_date'],
    ['2023', 'not_a_date'],
    ['7 брюмера 2023', 'not_a_date'],
    [true, 'not_a_date'],
    ['#REF!', 'formula_error'],
    [{ x: 1 }, 'not_a_value'],
  ])('rejects %j with %s', (cell, code) => {
    expect(readDate(cell, 'UTC')).toMatchObject({ kind: 'bad', code });
  });

  it('says which text was not a date', () => {
    expect(readDate('31.02.2023', 'UTC')).toEqual({
      kind: 'bad',
      code: 'impossible_date',
      params: { found: '31.02.2023' },
    });
  });

  it("reads a serial number in the workbook's date system", () => {
    expect(readDate(45230, 'UTC')).toEqual({ kind: 'ok', value: '2023-10-31' });
    expect(readDate(43768, 'UTC', '1904')).toEqual({ kind: 'ok', value: '2023-10-31' });
  });

  it('names a formula whose value the file lacks, never a blank', () => {
    expect(readDate({ formula: 'TODAY()' }, 'UTC')).toEqual({
      kind: 'bad',
      code: 'formula_without_value',
      params: { formula: 'TODAY()' },
    });
  });

  it('reads a blank cell as blank', () => {
    expect(readDate('', 'UTC')).toEqual({ kind: 'blank' });
  });
});
