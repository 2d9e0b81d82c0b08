import { describe, expect, it } from 'vitest';
import { sheetFromOutput } from '../../test/fixtures/sheet-from-output';
import { markerSheet } from './marker-sheet';
import { markerOf, readMarker } from './read-marker';

const fileMarker = {
  book: '6f1c2a7e-0000-4000-8000-000000000001',
  code: 'SCH001',
  formVersion: 1,
  schoolYear: '2023/2024',
  sentOn: '2024-02-01',
  sentValues: '0123456789abcdef',
};
const collected = [
  { code: 'SCH001', file: 'SCH001.xlsx', saved: '2024-02-03T08:00:00Z', collected: '2024-02-05 10:00', values: 'ab' },
  { code: 'DOU005', file: 'ответ.xlsx', saved: '2024-02-04T08:00:00Z', collected: '2024-02-05 10:00', values: 'cd' },
];

describe('markerSheet and readMarker', () => {
  it('write and read back what a file split sent says', () => {
    expect(readMarker(sheetFromOutput(markerSheet(fileMarker)))).toEqual({ ...fileMarker, collected: [] });
  });

  it('write and read back a book: its identity and the files it took, no organisation', () => {
    const read = readMarker(sheetFromOutput(markerSheet({ book: 'b1', collected })));
    expect(read).toEqual({
      book: 'b1',
      code: null,
      formVersion: null,
      schoolYear: null,
      sentOn: null,
      sentValues: null,
      collected,
    });
  });

  it('writes days and times as a person reads them when the tab is shown, and reads them back', () => {
    const sheet = markerSheet({ ...fileMarker, collected });
    const cells = sheet.rows.flat();
    expect(cells).toContain('01.02.2024');
    expect(cells).toContain('03.02.2024 08:00:00 (UTC)');
    expect(cells).toContain('05.02.2024 10:00');
    expect(cells.some((c) => typeof c === 'string' && /\d{4}-\d{2}-\d{2}/.test(c))).toBe(false);
    expect(readMarker(sheetFromOutput(sheet))).toMatchObject({ sentOn: '2024-02-01', collected });
  });

  it('reads a book written before, with ISO days and times, as it did', () => {
    const read = readMarker({
      name: 'Профкарта',
      values: [
        ['Книга', 'b1'],
        ['Разослано', '2024-02-01'],
        ['Принятые файлы'],
        ['Код', 'Файл', 'Сохранён', 'Принят', 'Значения'],
        ['SCH001', 'SCH001.xlsx', '2024-02-03T08:00:00Z', '2024-02-05 10:00', 'ab'],
      ],
    });
    expect(read).toMatchObject({ sentOn: '2024-02-01', collected: [collected[0]] });
  });

  it('makes a very hidden, protected tab of text cells', () => {
    const sheet = markerSheet(fileMarker);
    expect(sheet.name).toBe('Профкарта');
    expect(sheet.format).toMatchObject({ hidden: 'very', editable: [] });
    expect(sheet.format.text?.[0]).toMatchObject({ row: 0, column: 0, rows: sheet.rows.length });
  });

  it('reads labels tolerantly and values a re-save turned into numbers', () => {
    const read = readMarker({
      name: 'профкарта',
      values: [
        ['  книга: ', 'b2'],
        ['КОД', 42],
        ['версия  формы', 2],
      ],
    });
    expect(read).toMatchObject({ book: 'b2', code: '42', formVersion: 2 });
  });

  it('reads nothing from a tab that is not a marker, and a bad version as unknown', () => {
    expect(
      readMarker({
        name: 'x',
        values: [
          ['Код', ''],
          ['Версия формы', 'первая'],
          [null, 5],
        ],
      }),
    ).toMatchObject({
      book: null,
      code: null,
      formVersion: null,
      collected: [],
    });
  });

  it('finds the marker among a workbook\u2019s tabs, whatever its case, and does not change them', () => {
    const tabs = [
      { name: 'SCH001', values: [['1. Организация']] },
      { name: 'ПРОФКАРТА', values: [['Книга', 'b3']] },
    ];
    const copy = structuredClone(tabs);
    expect(markerOf(tabs)?.book).toBe('b3');
    expect(markerOf(tabs.slice(0, 1))).toBeNull();
    expect(tabs).toEqual(copy);
  });
});
