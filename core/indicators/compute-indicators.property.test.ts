import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrgStatus } from '../check/check-report';
import { levels } from '../form/submission';
import { buildOutputs } from '../outputs/build-outputs';
import { ratioIndicators } from './stats';
import { checkReport, fullProfminimum, org, orgCheck, submission } from '../../test/fixtures/report-fixture';

const count = fc.option(fc.nat({ max: 2000 }), { nil: null });
const school = fc.record({
  status: fc.constantFrom<OrgStatus>('submitted', 'errors', 'empty', 'missing'),
  district: fc.constantFrom('Калининский', 'Ленинский', 'Советский'),
  oo1: fc.option(fc.record({ p69: fc.nat({ max: 2000 }), p1011: fc.nat({ max: 500 }) }), { nil: null }),
  level: fc.option(fc.constantFrom(...levels), { nil: null }),
  pupils69: count,
  pupils1011: count,
  covered69: count,
  covered1011: count,
  bvb: count,
  trials: count,
  lessons: count,
});

describe('computeIndicators (property)', () => {
  it('never throws and keeps every figure null or within 0–1, whatever the schools wrote', () => {
    fc.assert(
      fc.property(fc.array(school, { maxLength: 12 }), (schools) => {
        const checks = schools.map((s, i) => {
          const o = org(`P${i}`, 'ООО', s.district, { pupils69: s.oo1?.p69 ?? null, pupils1011: s.oo1?.p1011 ?? null });
          const sub = submission(o.code, 'ООО', {
            profminimum: {
              ...fullProfminimum,
              level: s.level,
              pupils69: s.pupils69,
              pupils1011: s.pupils1011,
              covered69: s.covered69,
              covered1011: s.covered1011,
              bvbRegistered: s.bvb,
              trials: s.trials,
              hours: { ...fullProfminimum.hours, lessons: s.lessons },
            },
          });
          return orgCheck(o, s.status, s.status === 'missing' ? null : sub);
        });
        const { json } = buildOutputs(checkReport(checks), {
          generatedAt: { date: '2024-02-01', time: '10:00' },
          history: [],
          kind: 'build',
          shell: 'addon',
        });
        for (const stats of [json.city, ...Object.values(json.districts), ...Object.values(json.orgs)]) {
          for (const key of ratioIndicators) {
            const { value, numerator, denominator } = stats[key];
            if (value !== null) {
              expect(value).toBeGreaterThanOrEqual(0);
              expect(value).toBeLessThanOrEqual(1);
              expect(value).toBe(numerator / denominator);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
