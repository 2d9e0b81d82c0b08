import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../core/directory/parse-csv';
import { mailMergeCsv } from './mail-merge-csv';

describe('mailMergeCsv', () => {
  it('lists code, name, addresses and file, one line per file, for Russian Excel', () => {
    const csv = mailMergeCsv([
      { code: 'S1', name: 'МАОУ «СОШ № 1»', emails: ['a@x.ru', 'b@x.ru'], file: '/out/S1 — МАОУ «СОШ № 1».xlsx' },
    ]);
    expect(csv.startsWith('\uFEFFКод;Наименование;Адреса;Файл\r\n')).toBe(true);
    expect(csv).toContain('S1;МАОУ «СОШ № 1»;"a@x.ru, b@x.ru";/out/S1 — МАОУ «СОШ № 1».xlsx\r\n');
  });

  it('quotes separators and quotes, and keeps a leading = as text', () => {
    const csv = mailMergeCsv([{ code: 'S2', name: '=Школа; "Радуга"', emails: [], file: 'f.xlsx' }]);
    expect(csv).toContain(`S2;"'=Школа; ""Радуга""";;f.xlsx`);
  });

  it('reads back as the same table', () => {
    const rows = [{ code: 'S3', name: 'Школа, № 3', emails: ['c@x.ru'], file: 'C:\\out\\S3.xlsx' }];
    const table = parseCsv(mailMergeCsv(rows).slice(1)).filter((r) => r.some((c) => c !== ''));
    expect(table).toEqual([
      ['Код', 'Наименование', 'Адреса', 'Файл'],
      ['S3', 'Школа, № 3', 'c@x.ru', 'C:\\out\\S3.xlsx'],
    ]);
  });
});
