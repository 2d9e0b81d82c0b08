import { describe, expect, it } from 'vitest';
import { cellText, numberText } from './cell-text';

describe('cellText', () => {
  it.each<[unknown, string]>([
    ['  Код ', 'Код'],
    [12, '12'],
    [0.1 + 0.2, '0.3'],
    [1.2, '1.2'],
    [83511234567, '83511234567'],
    [1e21, '1000000000000000000000'],
    [true, 'ИСТИНА'],
    [false, 'ЛОЖЬ'],
    [new Date('2023-10-31T00:00:00Z'), '31.10.2023'],
    [null, ''],
    [undefined, ''],
    [Number.NaN, ''],
    [{ a: 1 }, ''],
    [[1, 2], ''],
    [{ error: '#N/A' }, '#N/A'],
  ])('shows %j as %j', (cell, expected) => {
    expect(cellText(cell)).toBe(expected);
  });

  it('shows an Apps Script date in the spreadsheet zone', () => {
    expect(cellText(new Date('2023-10-30T19:00:00Z'), 'Asia/Yekaterinburg')).toBe('31.10.2023');
  });
});

describe('numberText', () => {
  it('writes tiny numbers without an exponent', () => {
    expect(numberText(1e-7)).toBe('0.0000001');
  });
  it('gives empty text for non-finite numbers', () => {
    expect(numberText(Number.POSITIVE_INFINITY)).toBe('');
  });
});
