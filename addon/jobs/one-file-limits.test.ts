import { describe, expect, it } from 'vitest';
import { sampleOrg } from '../../test/fixtures/sample-org';
import { oneFileRefusal } from './one-file-limits';

const orgs = (n: number, perOrg = 1) =>
  Array.from({ length: n }, (_, i) =>
    sampleOrg({ code: `S${i}`, emails: Array.from({ length: perOrg }, (_, k) => `s${i}.${k}@example.ru`) }),
  );

describe('oneFileRefusal', () => {
  it('allows 100 organisations and 600 addresses in one spreadsheet', () => {
    expect(oneFileRefusal('thisSpreadsheet', orgs(100), ['ivanova@example.ru'])).toBeNull();
    expect(oneFileRefusal('reportsSpreadsheet', orgs(60, 10), [])).toBeNull();
  });

  it('refuses the 101st organisation and the 601st address, recommending separate files', () => {
    expect(oneFileRefusal('thisSpreadsheet', orgs(101), [])).toContain('организаций 101');
    const refusal = oneFileRefusal('reportsSpreadsheet', orgs(60, 10), ['ivanova@example.ru']);
    expect(refusal).toContain('адресов 601');
    expect(refusal).toContain('«в отдельных файлах»');
    expect(refusal).toContain('«в таблице отчётов»');
  });

  it('counts an address once, whatever its case, and never refuses separate files', () => {
    // 600 addresses, and the committee's one among them written otherwise.
    expect(oneFileRefusal('thisSpreadsheet', orgs(60, 10), [' S0.0@Example.ru'])).toBeNull();
    expect(oneFileRefusal('files', orgs(500), [])).toBeNull();
  });
});
