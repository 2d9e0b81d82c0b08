import { describe, expect, it } from 'vitest';
import { a1Title, parseA1 } from './a1';

// Every case follows the A1 notation section of the Sheets API guide:
// https://developers.google.com/sheets/api/guides/concepts#cell
describe('parseA1', () => {
  it('reads a quoted tab name with a space and a box', () => {
    expect(parseA1("'S 0004'!A1:H200")).toEqual({ title: 'S 0004', box: { r0: 0, c0: 0, r1: 200, c1: 8 } });
  });

  it('reads a doubled quote inside a quoted name as one quote', () => {
    expect(parseA1("'O''Neil'!B2")).toEqual({ title: "O'Neil", box: { r0: 1, c0: 1, r1: 2, c1: 2 } });
  });

  it("keeps a lone quote inside a quoted name, as the guide's 'Jon's_Data'!A1:D5", () => {
    expect(parseA1("'Jon's_Data'!A1:D5").title).toBe("Jon's_Data");
  });

  it('reads a quoted name alone as the whole tab', () => {
    expect(parseA1("'Дорожная карта'")).toEqual({ title: 'Дорожная карта', box: null });
  });

  it('reads a plain unquoted name, Cyrillic included', () => {
    expect(parseA1('Настройки!A2:B30')).toEqual({ title: 'Настройки', box: { r0: 1, c0: 0, r1: 30, c1: 2 } });
  });

  it('refuses an unquoted name that needs quotes ("Single quotes are required for sheet names with spaces")', () => {
    expect(() => parseA1('S 0004!A1:H200')).toThrow('Unable to parse range: S 0004!A1:H200');
    expect(() => parseA1('Сводка (город)!A1')).toThrow('Unable to parse range');
  });

  it('reads an unquoted name that looks like a cell as a cell of the first visible sheet ("A1 refers to cell A1")', () => {
    // Column SCH is the 12,930th.
    expect(parseA1('SCH001')).toEqual({ title: null, box: { r0: 0, c0: 12_929, r1: 1, c1: 12_930 } });
    expect(parseA1("'SCH001'")).toEqual({ title: 'SCH001', box: null });
  });

  it('refuses an unquoted tab name that reads as a cell, such as an organisation code', () => {
    expect(() => parseA1('SCH001!A1:H200')).toThrow('Unable to parse range');
    expect(parseA1("'SCH001'!A1").title).toBe('SCH001');
  });

  it('reads open-ended boxes: whole columns, whole rows, and a column from a row down', () => {
    expect(parseA1('Sheet1!A:A').box).toEqual({ r0: 0, c0: 0, r1: undefined, c1: 1 });
    expect(parseA1('Sheet1!1:2').box).toEqual({ r0: 0, c0: 0, r1: 2, c1: undefined });
    expect(parseA1('Sheet1!A5:A').box).toEqual({ r0: 4, c0: 0, r1: undefined, c1: 1 });
  });

  it('refuses an unterminated quote', () => {
    expect(() => parseA1("'Сводка!A1")).toThrow('Unable to parse range');
  });
});

describe('a1Title', () => {
  it('quotes a name unless it is plain, and reads back the same name', () => {
    expect(a1Title('Настройки')).toBe('Настройки');
    expect(a1Title("O'Neil 2")).toBe("'O''Neil 2'");
    expect(a1Title('A1')).toBe("'A1'");
    for (const title of ["O'Neil 2", 'S 0004', 'A1', 'Настройки']) expect(parseA1(a1Title(title)).title).toBe(title);
  });
});
