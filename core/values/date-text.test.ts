import { describe, expect, it } from 'vitest';
import { findDateInText, plausibleSerialDate } from './date-text';

describe('findDateInText', () => {
  it.each<[string, string | null]>([
    ['Приказ № 12-о от 07.08.2023', '2023-08-07'],
    ['Приказ от 1 сентября 2023 г. № 5', '2023-09-01'],
    ['протокол 2023-10-05', '2023-10-05'],
    ['№ 5.1.2 от 31.02.2023, 01.03.2023', '2023-03-01'],
    ['Приказ № 12', null],
    ['версия 1.2.3', null],
  ])('finds the date in %j', (text, expected) => {
    expect(findDateInText(text)).toBe(expected);
  });
});

describe('plausibleSerialDate', () => {
  it.each<[number, string | null]>([
    [45230, '2023-10-31'],
    [32874, '1990-01-01'],
    [32873, null],
    [1, null],
  ])('turns %d into %s', (serial, expected) => {
    expect(plausibleSerialDate(serial)).toBe(expected);
  });
  it('reads a serial of a 1904 workbook four years and a day later than the same number in 1900', () => {
    expect(plausibleSerialDate(43768, '1904')).toBe('2023-10-31');
    expect(plausibleSerialDate(43768)).toBe('2019-10-30');
  });
});
