import { describe, expect, it } from 'vitest';
import { formatIssue } from '../issues/format-issue';
import { foundText, ruNumberText } from './found-text';
import { readCount } from './read-count';
import { readHours } from './read-hours';

describe('foundText', () => {
  it('quotes text as typed, not the number read from it', () => {
    expect(foundText('12,5')).toBe('12,5');
    expect(foundText(' 1 234,5 ')).toBe('1 234,5');
    expect(foundText('-3')).toBe('-3');
  });

  it('shows a number cell as a Russian-locale sheet does: a decimal comma, no grouping', () => {
    expect(foundText(12.5)).toBe('12,5');
    expect(foundText(1234.5)).toBe('1234,5');
    expect(foundText(0.1 + 0.2)).toBe('0,3');
    expect(foundText(-0.5)).toBe('-0,5');
    expect(foundText(2024)).toBe('2024');
  });

  it('shows dates as ДД.ММ.ГГГГ in the zone, booleans as the Russian locale does', () => {
    expect(foundText(new Date('2023-10-30T19:00:00Z'), 'Asia/Yekaterinburg')).toBe('31.10.2023');
    expect(foundText(true)).toBe('ИСТИНА');
  });

  it('keeps a long text to 60 characters, on one line', () => {
    const text = foundText(`${'слово '.repeat(30)}\nконец`);
    expect(text.length).toBeLessThanOrEqual(60);
    expect(text).not.toContain('\n');
  });

  it('ruNumberText has a comma only where there are decimals', () => {
    expect(ruNumberText(41661)).toBe('41661');
    expect(ruNumberText(0.25)).toBe('0,25');
  });
});

describe('a reader’s message quotes the cell as the school typed it (issue 13: B25 «12,5»)', () => {
  it.each([
    ['typed as text', '12,5'],
    ['typed in a Russian-locale sheet, stored as a number', 12.5],
  ])('a count %s: «12,5», never «12.5»', (_, cell) => {
    const read = readCount(cell);
    expect(read).toEqual({ kind: 'bad', code: 'not_whole', params: { found: '12,5' } });
    if (read.kind !== 'bad') throw new Error('read');
    expect(formatIssue(read, 'cli')).toBe('Ожидается целое число, а в ячейке «12,5».');
  });

  it('a negative count or hours quote the cell, not the value read', () => {
    expect(readCount(' -1 234 ')).toMatchObject({ code: 'negative', params: { found: '-1 234' } });
    expect(readHours('−2,5')).toMatchObject({ code: 'negative', params: { found: '−2,5' } });
    expect(readCount('1 000 001')).toMatchObject({ code: 'too_large', params: { found: '1 000 001' } });
  });
});
