import { describe, expect, it } from 'vitest';
import { cellData, serialOf } from './cell-data';

describe('cellData', () => {
  it.each(['=IMPORTXML("https://example.org";"//a")', '1.2', '+7 351 123-45-67', '008', '@x', '-1'])(
    'writes %s as a string value, never a formula',
    (text) => {
      expect(cellData(text)).toEqual({ userEnteredValue: { stringValue: text } });
    },
  );

  it('writes numbers, booleans, blanks and non-finite numbers', () => {
    expect(cellData(12.5)).toEqual({ userEnteredValue: { numberValue: 12.5 } });
    expect(cellData(true)).toEqual({ userEnteredValue: { boolValue: true } });
    expect(cellData(null)).toEqual({});
    expect(cellData(Number.NaN)).toEqual({ userEnteredValue: { stringValue: 'NaN' } });
  });

  it('writes dates as serial numbers with a date format', () => {
    expect(serialOf('2023-10-31')).toBe(45230);
    expect(cellData({ kind: 'date', date: '2023-10-31' })).toEqual({
      userEnteredValue: { numberValue: 45230 },
      userEnteredFormat: { numberFormat: { type: 'DATE', pattern: 'dd.mm.yyyy' } },
    });
  });

  it('writes links as text with a cell link, and refuses non-http links', () => {
    expect(cellData({ kind: 'link', url: 'https://example.org/a', text: 'приказ' })).toEqual({
      userEnteredValue: { stringValue: 'приказ' },
      userEnteredFormat: { textFormat: { link: { uri: 'https://example.org/a' } } },
    });
    expect(cellData({ kind: 'link', url: 'javascript:alert(1)', text: 'x' })).toEqual({
      userEnteredValue: { stringValue: 'x' },
    });
  });

  it('cuts echoed text to 50,000 characters', () => {
    expect(cellData('я'.repeat(60_000)).userEnteredValue?.stringValue).toHaveLength(50_000);
  });
});
