import { describe, expect, it } from 'vitest';
import { minimalXlsx, row } from '../../test/fixtures/minimal-xlsx';
import { inspectXlsx, lastUsedRow } from './inspect-xlsx';

describe('lastUsedRow', () => {
  it('takes the highest row with cells, prefixed or not', () => {
    expect(lastUsedRow('<row r="1"><c/></row><row r="7"><c/></row>')).toBe(7);
    expect(lastUsedRow('<x:row r="3"><x:c/></x:row>')).toBe(3);
  });
  it('ignores rows that only carry formatting', () => {
    expect(lastUsedRow('<row r="2"><c/></row><row r="1048576" ht="20" customHeight="1"/>')).toBe(2);
  });
  it('counts rows written without a number after the previous one', () => {
    expect(lastUsedRow('<row r="5"><c/></row><row><c/></row><row><c/></row>')).toBe(7);
  });
});

describe('inspectXlsx', () => {
  it('lets an ordinary book through', async () => {
    const bytes = await minimalXlsx([{ name: 'Организации', sheetData: row(1, ['Код']) }]);
    expect(await inspectXlsx(bytes, 'book.xlsx')).toEqual({ ok: true });
  });

  it('names the tab with too many rows', async () => {
    const rows = [row(1, ['Код'])];
    for (let r = 2; r <= 20_001; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    const bytes = await minimalXlsx([
      { name: 'Настройки', sheetData: row(1, ['Учебный год']) },
      { name: 'Длинный & лист', sheetData: rows.join('') },
    ]);
    const result = await inspectXlsx(bytes, 'book.xlsx');
    expect(result).toMatchObject({ ok: false, reason: 'too_many_rows' });
    expect(result.ok ? '' : result.message).toContain(
      'На листе «Длинный & лист» книги «book.xlsx» занято 20 001 строк',
    );
  });

  it('asks to re-save XML written with namespace prefixes', async () => {
    const bytes = await minimalXlsx([{ name: 'Организации', sheetData: row(1, ['Код']) }], { prefix: 'x' });
    expect(await inspectXlsx(bytes, 'book.xlsx')).toMatchObject({ ok: false, reason: 'prefixed_xml' });
  });

  it('calls a broken zip damaged', async () => {
    const result = await inspectXlsx(Buffer.from('PK\u0003\u0004мусор'), 'book.xlsx');
    expect(result).toMatchObject({ ok: false, reason: 'not_zip' });
  });
});
