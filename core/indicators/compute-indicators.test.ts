import { describe, expect, it } from 'vitest';
import { nextState } from '../history/next-state';
import { computeIndicators } from './compute-indicators';
import type { Ratio } from './ratio';
import { type Stats, sumStats } from './stats';
import { addStats } from '../../test/fixtures/add-stats';
import { checkReport, org, orgCheck } from '../../test/fixtures/report-fixture';
import { smallCity } from '../../test/fixtures/small-city-report';

function indicators(report = smallCity()) {
  const first = new Map(nextState(report).map((s) => [s.code, s.firstSubmitted]));
  return computeIndicators(report, first);
}
const r = (numerator: number, denominator: number, contributors: number): Ratio => ({
  numerator,
  denominator,
  value: contributors > 0 && denominator > 0 ? numerator / denominator : null,
  contributors,
});
const noData = r(0, 0, 0);
function at(area: 'city' | 'Калининский' | 'Ленинский'): Stats {
  const all = indicators();
  const stats = area === 'city' ? all.city : all.districts.get(area);
  if (!stats) throw new Error(`no ${area}`);
  return stats;
}

describe('computeIndicators', () => {
  // Hand-computed from the table in testing/small-city.ts.
  it.each<[string, keyof Stats, unknown, unknown, unknown]>([
    ['expected', 'expected', 5, 3, 2],
    [
      'expected by type',
      'expectedByType',
      { ООО: 3, ДОО: 2, ОДО: 0 },
      { ООО: 2, ДОО: 1, ОДО: 0 },
      { ООО: 1, ДОО: 1, ОДО: 0 },
    ],
    ['submitted', 'submitted', 2, 2, 0],
    ['completeness', 'completeness', r(2, 5, 5), r(2, 3, 3), r(0, 2, 2)],
    ['on time (S1, S2 before 25.01; D1 first seen 01.02)', 'onTime', r(2, 5, 5), r(2, 3, 3), r(0, 2, 2)],
    [
      'levels',
      'levels',
      { basic: 1, main: 1, advanced: 0, none: 1 },
      { basic: 1, main: 1, advanced: 0, none: 0 },
      { basic: 0, main: 0, advanced: 0, none: 1 },
    ],
    ['level confirmed (S1 64 ≥ 60; S2 38 < 40)', 'levelConfirmed', r(1, 2, 2), r(1, 2, 2), noData],
    ['coverage (130/150 + 60/80)', 'coverage', r(190, 230, 2), r(190, 230, 2), noData],
    ['«Билет в будущее»', 'bvbRegistered', r(120, 230, 2), r(120, 230, 2), noData],
    ['diagnostics (S2 invalid)', 'diagnostics', r(100, 150, 1), r(100, 150, 1), noData],
    ['trials', 'trials', r(30, 230, 2), r(30, 230, 2), noData],
    ['responsible assigned (S2 lacks the phone)', 'responsibleAssigned', r(2, 5, 5), r(2, 3, 3), r(0, 2, 2)],
    ['trained at основной/продвинутый', 'trainedAtHigherLevels', r(1, 1, 1), r(1, 1, 1), noData],
    ['roadmap done (1.2 × 5, 3.2/1 × 2)', 'roadmapDone', r(3, 7, 5), r(3, 4, 3), r(0, 3, 2)],
    ['overdue', 'overdue', 4, 1, 3],
    ['no deadline (2.2 × ООО)', 'noDeadline', 3, 2, 1],
    [
      'events',
      'events',
      { takingPart: r(2, 3, 3), participants: 17, winners: 2 },
      { takingPart: r(2, 3, 3), participants: 17, winners: 2 },
      { takingPart: noData, participants: 0, winners: 0 },
    ],
    [
      'engineering classes',
      'engineering',
      { classes: 1, pupils: 25, schools: 1 },
      { classes: 1, pupils: 25, schools: 1 },
      { classes: 0, pupils: 0, schools: 0 },
    ],
  ])('computes %s for the city and each district', (_name, key, city, kalininsky, leninsky) => {
    expect(at('city')[key]).toEqual(city);
    expect(at('Калининский')[key]).toEqual(kalininsky);
    expect(at('Ленинский')[key]).toEqual(leninsky);
  });

  it('gives a district with no submissions explicit nulls, never a division by zero', () => {
    const leninsky = at('Ленинский');
    for (const figure of [leninsky.coverage, leninsky.levelConfirmed, leninsky.bvbRegistered, leninsky.trials]) {
      expect(figure.value).toBeNull();
      expect(figure.contributors).toBe(0);
    }
  });

  it('uses the directory ОО-1 counts as the denominator when given', () => {
    const s = org('S9', 'ООО', 'Центральный', { pupils69: 110, pupils1011: 50 });
    const result = computeIndicators(checkReport([orgCheck(s, 'submitted')]), new Map());
    expect(result.city.coverage).toEqual(r(130, 160, 1));
    expect(result.city.bvbRegistered).toEqual(r(120, 160, 1));
  });

  it('drops a school whose covered exceeds its pupils from coverage', () => {
    const report = smallCity();
    const [first, ...rest] = report.orgs;
    if (!first?.submission?.profminimum) throw new Error('fixture');
    const bad = {
      ...first,
      submission: { ...first.submission, profminimum: { ...first.submission.profminimum, covered69: 101 } },
    };
    expect(indicators({ ...report, orgs: [bad, ...rest] }).city.coverage).toEqual(r(60, 80, 1));
  });

  it('reports timeliness as «нет данных» without a deadline or without Состояние', () => {
    const report = smallCity();
    expect(indicators({ ...report, settings: { ...report.settings, deadline: null } }).city.onTime).toEqual(noData);
    expect(indicators({ ...report, state: new Map() }).city.onTime).toEqual(noData);
  });

  it('sums per organisation stats into the city', () => {
    const all = indicators();
    expect(all.orgs.get('S1')?.coverage).toEqual(r(130, 150, 1));
    expect(all.orgs.get('S3')?.roadmapDone).toEqual(r(0, 2, 1));
    expect(all.pairs.get('S2')?.map((p) => p.status)).toEqual(['overdue', null, 'not_participating', 'not_due']);
  });

  it('does not mutate the report', () => {
    const report = smallCity();
    const copy = structuredClone({ ...report, state: [...report.state] });
    indicators(report);
    expect({ ...report, state: [...report.state] }).toEqual(copy);
  });
});

describe('sumStats', () => {
  it('gives the same figures as adding one by one (the oracle in test/fixtures)', () => {
    const parts = [...indicators().orgs.values()];
    const [first, ...rest] = parts;
    if (!first) throw new Error('fixture');
    expect(sumStats(parts)).toEqual(rest.reduce(addStats, first));
  });

  it('gives nobody zero counts and «нет данных» for every figure', () => {
    const nobody = sumStats([]);
    expect(nobody.expected).toBe(0);
    for (const figure of Object.values(nobody.figures)) {
      expect(figure).toMatchObject({ numerator: 0, denominator: 0, value: null, contributors: 0, of: 0 });
    }
    expect(nobody.levels).toEqual({ basic: 0, main: 0, advanced: 0, none: 0 });
    expect(nobody.coverage).toEqual(noData);
  });
});
