import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check/check-workbook';
import { demoOptions, generateCity } from './generate-city';
import { demoInn } from './demo-orgs';
import { prng } from './prng';

const small = { ...demoOptions, counts: { ООО: 21, ДОО: 7, ОДО: 3 } };

describe('generateCity', () => {
  it('is deterministic for a seed', () => {
    expect(JSON.stringify(generateCity(small).sheets)).toBe(JSON.stringify(generateCity(small).sheets));
    expect(JSON.stringify(generateCity({ ...small, seed: 2 }).sheets)).not.toBe(
      JSON.stringify(generateCity(small).sheets),
    );
  });

  it('makes a plainly fictional city across the seven districts', () => {
    const city = generateCity(small);
    expect(city.orgs).toHaveLength(31);
    expect(new Set(city.orgs.map((o) => o.district)).size).toBe(7);
    for (const org of city.orgs) {
      expect(org.name).toContain('(демо)');
      expect(org.emails.every((e) => e.endsWith('@example.ru'))).toBe(true);
    }
  });

  it('gives the check a mix of submitted, faulty, empty and missing forms', () => {
    const checked = checkWorkbook(generateCity(demoOptions).workbook, { today: '2024-02-01' });
    if (!checked.ok) throw new Error(checked.refusal.map((i) => i.code).join());
    const statuses = new Set(checked.report.orgs.map((o) => o.status));
    expect(statuses).toEqual(new Set(['submitted', 'errors', 'empty', 'missing']));
    const submitted = checked.report.orgs.filter((o) => o.status === 'submitted').length;
    expect(submitted / checked.report.orgs.length).toBeGreaterThan(0.6);
    expect(checked.report.state.size).toBeGreaterThan(50);
  });
});

describe('demoInn', () => {
  it('gives 10 digits starting 74 with a valid check digit', () => {
    const random = prng(7);
    for (let i = 0; i < 50; i++) {
      const inn = demoInn(random);
      expect(inn).toMatch(/^74\d{8}$/);
      const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
      const sum = weights.reduce((s, w, k) => s + w * Number(inn[k]), 0);
      expect(Number(inn[9])).toBe((sum % 11) % 10);
    }
  });
});
