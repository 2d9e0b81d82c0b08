import { describe, expect, it } from 'vitest';
import { maxFileStemLength, orgFileName } from './org-file-name';

describe('orgFileName', () => {
  it('names the file by code and name', () => {
    expect(orgFileName('SCH108', 'МАОУ «СОШ № 108 г. Челябинска»')).toBe(
      'SCH108 — МАОУ «СОШ № 108 г. Челябинска».xlsx',
    );
  });

  it.each([
    ['a/b\\c:d*e?f|g<h>i', 'S1 — a b c d e f g h i.xlsx'],
    ['Школа "Радуга"', 'S1 — Школа «Радуга».xlsx'],
    ['Школа\tс\nпереносом', 'S1 — Школа с переносом.xlsx'],
    ['Гимназия ...  ', 'S1 — Гимназия.xlsx'],
    ['   ', 'S1.xlsx'],
  ])('keeps only what every file system accepts: %j', (name, expected) => {
    expect(orgFileName('S1', name)).toBe(expected);
  });

  it('gives names Windows reserves a leading underscore', () => {
    expect(orgFileName('CON', '')).toBe('_CON.xlsx');
    expect(orgFileName('com1', ' ')).toBe('_com1.xlsx');
    expect(orgFileName('CON', 'Школа')).toBe('CON — Школа.xlsx');
  });

  it('cuts a long name without leaving a trailing dot or space', () => {
    const name = `${'Муниципальное автономное общеобразовательное учреждение '.repeat(4)}. `;
    const file = orgFileName('S1', name);
    const stem = file.slice(0, -'.xlsx'.length);
    expect(stem.length).toBeLessThanOrEqual(maxFileStemLength);
    expect(stem).not.toMatch(/[.\s]$/);
    expect(Buffer.byteLength(file, 'utf8')).toBeLessThan(255);
  });
});
