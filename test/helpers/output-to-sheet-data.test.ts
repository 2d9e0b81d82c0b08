import { describe, expect, it } from 'vitest';
import { toSheetData } from './output-to-sheet-data';

describe('toSheetData', () => {
  const out = {
    name: 'T',
    rows: [
      ['a', 1, true, null],
      [
        { kind: 'date', date: '2023-10-31' },
        { kind: 'link', url: 'https://example.ru', text: 'ссылка' },
      ],
      [{ kind: 'datetime', date: '2024-02-01', time: '09:30' }],
    ] as const,
    format: {},
  };

  it('gives what getValues would: blanks as empty text, dates as Date, links as text with the URL beside', () => {
    expect(toSheetData(out)).toEqual({
      name: 'T',
      values: [['a', 1, true, ''], [new Date('2023-10-31T00:00:00Z'), 'ссылка'], [new Date('2024-02-01T09:30:00Z')]],
      links: [[null, null, null, null], [null, 'https://example.ru'], [null]],
    });
  });

  it('puts dates at midnight of a zone east of UTC, as Apps Script does', () => {
    expect(toSheetData(out, { offsetHours: 5 }).values[1]?.[0]).toEqual(new Date('2023-10-30T19:00:00Z'));
  });
});
