import { describe, expect, it } from 'vitest';
import { shownCellValue } from './exceljs-cell-value';
import { excelValueOf, maxCellText } from './write-cell-value';

describe('shownCellValue', () => {
  const date = new Date('2023-10-31T00:00:00Z');
  it.each<[string, unknown, unknown, string | null]>([
    ['a plain number', 12, 12, null],
    ['a date', date, date, null],
    ['a formula with a result', { formula: 'A1*2', result: 42 }, 42, null],
    ['a formula with a date result', { formula: 'TODAY()', result: date }, date, null],
    ['a formula with an error result', { formula: '1/0', result: { error: '#DIV/0!' } }, '#DIV/0!', null],
    // Never a blank: the core names a formula whose value the file lacks.
    ['a formula never calculated', { formula: 'A1' }, { formula: 'A1' }, null],
    ['a shared formula', { sharedFormula: 'A1', result: 'да' }, 'да', null],
    ['rich text', { richText: [{ text: 'Ива' }, { text: 'нова' }] }, 'Иванова', null],
    ['a hyperlink', { text: 'Приказ', hyperlink: 'https://example.ru' }, 'Приказ', 'https://example.ru'],
    [
      'a hyperlink with rich text',
      { text: { richText: [{ text: 'Пр' }, { text: 'иказ' }] }, hyperlink: 'https://example.ru' },
      'Приказ',
      'https://example.ru',
    ],
    ['an error', { error: '#N/A' }, '#N/A', null],
    ['an unknown object', { something: 1 }, null, null],
    ['nothing', undefined, null, null],
  ])('shows %s as Sheets would', (_what, value, shown, link) => {
    expect(shownCellValue(value)).toEqual({ value: shown, link });
  });
});

describe('excelValueOf', () => {
  it.each<[string, Parameters<typeof excelValueOf>[0], unknown]>([
    ['a formula-looking string as text', '=SUM(A1)', { value: '=SUM(A1)' }],
    [
      'a date at midnight UTC',
      { kind: 'date', date: '2023-10-31' },
      { value: new Date('2023-10-31T00:00:00Z'), numFmt: 'dd.mm.yyyy' },
    ],
    [
      'a date and time',
      { kind: 'datetime', date: '2024-02-01', time: '09:30' },
      { value: new Date('2024-02-01T09:30:00Z'), numFmt: 'dd.mm.yyyy hh:mm' },
    ],
    [
      'a link',
      { kind: 'link', url: 'https://example.ru', text: 'ссылка' },
      { value: { text: 'ссылка', hyperlink: 'https://example.ru' } },
    ],
    ['NaN as blank', Number.NaN, { value: null }],
    ['null', null, { value: null }],
  ])('writes %s', (_what, value, expected) => {
    expect(excelValueOf(value)).toEqual(expected);
  });

  it('cuts text to the cell limit', () => {
    expect(String(excelValueOf('x'.repeat(maxCellText + 5)).value).length).toBe(maxCellText);
  });
});
