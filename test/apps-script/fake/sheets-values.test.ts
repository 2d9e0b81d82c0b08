import { describe, expect, it } from 'vitest';
import { cellAt, sheetNamed } from './model';
import { owner, scene } from './scene';
import { typeIntoCell } from './type-into-cell';

/** A tab 'S 0004' whose row 2 holds a number, a date, text, a formula and a boolean, typed as a user would. */
function withRow() {
  const s = scene();
  s.book.sheets[0]!.title = 'S 0004';
  const sheet = s.book.sheets[0]!;
  ['8,9', '01.02.2024', 'текст', '=СУММ(A1)', true].forEach((v, i) => {
    typeIntoCell(s.book, sheet, 1, i + 1, v);
  });
  const get = (options: Record<string, unknown> = {}) =>
    s.Sheets.Spreadsheets!.Values!.get(s.book.id, "'S 0004'!A1:H200", options).values;
  return { ...s, sheet, get };
}

// https://developers.google.com/sheets/api/reference/rest/v4/ValueRenderOption
// https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption
describe('Values.get render options', () => {
  it('formats values by default (FORMATTED_VALUE), in the spreadsheet locale: a decimal comma, dd.mm.yyyy', () => {
    expect(withRow().get()).toEqual([[], ['', '8,9', '01.02.2024', 'текст', '#N/A', 'TRUE']]);
  });

  it('gives numbers and date serial numbers with UNFORMATTED_VALUE and SERIAL_NUMBER', () => {
    const values = withRow().get({ valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'SERIAL_NUMBER' });
    expect(values).toEqual([[], ['', 8.9, 45323, 'текст', '#N/A', true]]);
  });

  it('gives dates as formatted strings but numbers as numbers with FORMATTED_STRING', () => {
    const values = withRow().get({ valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'FORMATTED_STRING' });
    expect(values?.[1]).toEqual(['', 8.9, '01.02.2024', 'текст', '#N/A', true]);
  });

  it('gives the formula text, not its result, with FORMULA', () => {
    expect(withRow().get({ valueRenderOption: 'FORMULA' })?.[1]?.[4]).toBe('=СУММ(A1)');
  });

  it('ignores dateTimeRenderOption when values are formatted', () => {
    expect(withRow().get({ dateTimeRenderOption: 'SERIAL_NUMBER' })?.[1]?.[2]).toBe('01.02.2024');
  });

  it('refuses an unknown render option', () => {
    expect(() => withRow().get({ valueRenderOption: 'RAW' })).toThrow("Invalid value at 'value_render_option'");
  });
});

// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet
describe('Values.batchGet', () => {
  it('answers each range in order, the whole tab for a quoted name alone, leaving out trailing empty rows and cells', () => {
    const s = withRow();
    const out = s.Sheets.Spreadsheets!.Values!.batchGet(s.book.id, {
      ranges: ["'S 0004'", "'S 0004'!B2:C2"],
      valueRenderOption: 'UNFORMATTED_VALUE',
    });
    expect(out.valueRanges?.map((v) => v.values)).toEqual([
      [[], ['', 8.9, 45323, 'текст', '#N/A', true]],
      [[8.9, 45323]],
    ]);
    expect(out.valueRanges?.[1]?.range).toBe("'S 0004'!B2:C2");
  });

  it('refuses a name that needs quotes, as the API does', () => {
    const s = withRow();
    expect(() => s.Sheets.Spreadsheets!.Values!.batchGet(s.book.id, { ranges: ['S 0004!A1:H200'] })).toThrow(
      'API call to sheets.spreadsheets.values.batchGet failed with error: Unable to parse range: S 0004!A1:H200',
    );
  });

  it('transposes with majorDimension COLUMNS', () => {
    const s = withRow();
    const out = s.Sheets.Spreadsheets!.Values!.get(s.book.id, "'S 0004'!B1:C2", {
      majorDimension: 'COLUMNS',
      valueRenderOption: 'UNFORMATTED_VALUE',
    });
    expect(out.values).toEqual([
      ['', 8.9],
      ['', 45323],
    ]);
  });

  it('counts one read request per call, whatever the number of ranges', () => {
    const s = withRow();
    s.Sheets.Spreadsheets!.Values!.batchGet(s.book.id, { ranges: ["'S 0004'!A1", "'S 0004'!B2", "'S 0004'"] });
    expect(s.counter.get('Sheets.Spreadsheets.Values.batchGet')).toBe(1);
    expect(s.world.quotaWindows.get(`Read:${owner}`)?.count).toBe(1);
  });
});

// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/update
// https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption
describe('Values.update', () => {
  it('stores text as given with RAW and parses it as typed with USER_ENTERED', () => {
    const s = scene();
    const values = s.Sheets.Spreadsheets!.Values!;
    values.update({ values: [['8,9', '=1+1']] }, s.book.id, 'Лист1!A1:B1', { valueInputOption: 'RAW' });
    values.update({ values: [['8,9']] }, s.book.id, 'Лист1!A2', { valueInputOption: 'USER_ENTERED' });
    const sheet = sheetNamed(s.book, 'Лист1')!;
    expect([cellAt(sheet, 0, 0)?.value, cellAt(sheet, 0, 1)?.value, cellAt(sheet, 0, 1)?.formula]).toEqual([
      '8,9',
      '=1+1',
      undefined,
    ]);
    expect(cellAt(sheet, 1, 0)?.value).toBe(8.9);
  });

  it('skips null and empties a cell for an empty string ("Null values will be skipped")', () => {
    const s = scene();
    const sheet = s.book.sheets[0]!;
    typeIntoCell(s.book, sheet, 0, 0, 'было');
    typeIntoCell(s.book, sheet, 0, 1, 'было');
    s.Sheets.Spreadsheets!.Values!.update({ values: [[null, '']] }, s.book.id, 'Лист1!A1:B1', {
      valueInputOption: 'RAW',
    });
    expect([cellAt(sheet, 0, 0)?.value, cellAt(sheet, 0, 1)?.value]).toEqual(['было', null]);
  });

  it('refuses a write without valueInputOption', () => {
    const s = scene();
    expect(() => s.Sheets.Spreadsheets!.Values!.update({ values: [['x']] }, s.book.id, 'Лист1!A1', {})).toThrow(
      'Invalid valueInputOption',
    );
  });
});
