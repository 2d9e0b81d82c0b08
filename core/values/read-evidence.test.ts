import { describe, expect, it } from 'vitest';
import { findDocumentNumber, readEvidence } from './read-evidence';

describe('findDocumentNumber', () => {
  it.each<[string, string | null]>([
    ['Приказ № 123-о от 01.09.2023', '123-о'],
    ['Приказ №123', '123'],
    ['приказ N 5 от 1 сентября 2023 г.', '5'],
    ['Протокол No. 7.', '7'],
    ['№ 45/2-ОД', '45/2-ОД'],
    ['Приказ о назначении', null],
    ['ГИМНАЗИЯ', null],
    ['№ б/н', null],
  ])('finds the number in %j', (text, expected) => {
    expect(findDocumentNumber(text)).toBe(expected);
  });
});

describe('readEvidence', () => {
  it('picks out the number and the date', () => {
    expect(readEvidence('Приказ № 12-о от 07.08.2023', null, 'UTC')).toEqual({
      kind: 'ok',
      value: { text: 'Приказ № 12-о от 07.08.2023', link: null, number: '12-о', date: '2023-08-07' },
    });
  });

  it('accepts a link without a number', () => {
    expect(readEvidence('Страница на сайте', 'https://example.ru/news/1', 'UTC')).toEqual({
      kind: 'ok',
      value: { text: 'Страница на сайте', link: 'https://example.ru/news/1', number: null, date: null },
    });
  });

  it('accepts a link in an empty cell', () => {
    expect(readEvidence('', 'https://example.ru/a', 'UTC')).toEqual({
      kind: 'ok',
      value: { text: '', link: 'https://example.ru/a', number: null, date: null },
    });
  });

  it('counts an address typed as text as a link, and keeps the text as written', () => {
    expect(readEvidence('https://school.example.ru/prikaz-12.pdf', null, 'UTC')).toEqual({
      kind: 'ok',
      value: {
        text: 'https://school.example.ru/prikaz-12.pdf',
        link: 'https://school.example.ru/prikaz-12.pdf',
        number: null,
        date: null,
      },
    });
    expect(readEvidence('Приказ на сайте: https://school.example.ru/p.', null, 'UTC')).toMatchObject({
      kind: 'ok',
      value: { link: 'https://school.example.ru/p' },
    });
  });

  it("prefers the cell's own hyperlink to an address in its text", () => {
    expect(readEvidence('см. https://old.example.ru', 'https://new.example.ru', 'UTC')).toMatchObject({
      value: { link: 'https://new.example.ru' },
    });
  });

  it('warns when there is neither a link nor a number', () => {
    expect(readEvidence('Приказ о назначении', null, 'UTC')).toEqual({
      kind: 'ok',
      value: { text: 'Приказ о назначении', link: null, number: null, date: null },
      warnings: [{ code: 'evidence_no_number', params: { found: 'Приказ о назначении' } }],
    });
  });

  it('reads a date cell as its date', () => {
    const read = readEvidence(new Date('2023-10-30T19:00:00Z'), null, 'Asia/Yekaterinburg');
    expect(read).toMatchObject({ kind: 'ok', value: { text: '31.10.2023', date: '2023-10-31' } });
  });

  it.each<[unknown, string | null, unknown]>([
    ['', null, { kind: 'blank' }],
    [null, '  ', { kind: 'blank' }],
    ['#REF!', 'https://example.ru', { kind: 'bad', code: 'formula_error', params: { error: '#REF!' } }],
  ])('reads %j with link %j', (cell, link, expected) => {
    expect(readEvidence(cell, link, 'UTC')).toEqual(expected);
  });
});
