import { describe, expect, it } from 'vitest';
import { hyperlinkFormula } from './hyperlink-formula';

describe('hyperlinkFormula', () => {
  it('reads the link and label of a HYPERLINK formula as Google Sheets exports it', () => {
    expect(hyperlinkFormula('HYPERLINK("https://school.example.ru/p.pdf","Приказ № 5")')).toEqual({
      url: 'https://school.example.ru/p.pdf',
      text: 'Приказ № 5',
    });
  });

  it('reads a Russian-locale separator, a leading =, a link alone and doubled quotes', () => {
    expect(hyperlinkFormula('=hyperlink("https://x.ru/a"; "Приказ ""о пробах""")')).toEqual({
      url: 'https://x.ru/a',
      text: 'Приказ "о пробах"',
    });
    expect(hyperlinkFormula('HYPERLINK("https://x.ru/b")')).toEqual({ url: 'https://x.ru/b', text: null });
  });

  it('ignores any other formula, and a link that is not a literal', () => {
    expect(hyperlinkFormula('SUM(A1:A3)')).toBeNull();
    expect(hyperlinkFormula('HYPERLINK(A1,"текст")')).toBeNull();
    expect(hyperlinkFormula('HYPERLINK("")')).toBeNull();
  });
});
