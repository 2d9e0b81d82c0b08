import { describe, expect, it } from 'vitest';
import { buildOutputs } from './build-outputs';
import { smallCity } from '../../test/fixtures/small-city-report';

const json = () =>
  JSON.parse(
    JSON.stringify(
      buildOutputs(smallCity(), {
        generatedAt: { date: '2024-02-01', time: '10:00' },
        history: [],
        kind: 'build',
        shell: 'cli',
      }).json,
    ),
  );
const pick = (stats: Record<string, unknown>) => {
  const strip = (r: { numerator: number; denominator: number; value: number | null }) => ({
    numerator: r.numerator,
    denominator: r.denominator,
    value: r.value,
  });
  return {
    expected: stats.expected,
    submitted: stats.submitted,
    levels: stats.levels,
    coverage: strip(stats.coverage as never),
    bvbRegistered: strip(stats.bvbRegistered as never),
    responsibleAssigned: strip(stats.responsibleAssigned as never),
    levelConfirmed: strip(stats.levelConfirmed as never),
    roadmapDone: strip(stats.roadmapDone as never),
  };
};

describe('summaryJson', () => {
  it('matches the hand-computed city', () => {
    expect(json().asOf).toBe('2024-02-01');
    expect(pick(json().city)).toEqual({
      expected: 5,
      submitted: 2,
      levels: { basic: 1, main: 1, advanced: 0, none: 1 },
      coverage: { numerator: 190, denominator: 230, value: 190 / 230 },
      bvbRegistered: { numerator: 120, denominator: 230, value: 120 / 230 },
      responsibleAssigned: { numerator: 2, denominator: 5, value: 0.4 },
      levelConfirmed: { numerator: 1, denominator: 2, value: 0.5 },
      roadmapDone: { numerator: 3, denominator: 7, value: 3 / 7 },
    });
  });

  it('gives a district with no submissions explicit nulls in the JSON', () => {
    expect(pick(json().districts.Ленинский)).toEqual({
      expected: 2,
      submitted: 0,
      levels: { basic: 0, main: 0, advanced: 0, none: 1 },
      coverage: { numerator: 0, denominator: 0, value: null },
      bvbRegistered: { numerator: 0, denominator: 0, value: null },
      responsibleAssigned: { numerator: 0, denominator: 2, value: 0 },
      levelConfirmed: { numerator: 0, denominator: 0, value: null },
      roadmapDone: { numerator: 0, denominator: 3, value: 0 },
    });
  });

  it('has each organisation, the roadmap windows and the recommendations', () => {
    const out = json();
    expect(Object.keys(out.orgs)).toEqual(['S1', 'S2', 'D1', 'S3', 'D2']);
    expect(out.orgs.S3).toMatchObject({ status: 'missing', district: 'Ленинский', expected: 1, submitted: 0 });
    expect(out.roadmap.map((r: { id: string; window: number }) => `${r.id}/${r.window}`)).toEqual([
      '1.1/1',
      '1.2/1',
      '3.2/1',
      '3.2/2',
    ]);
    expect(out.roadmap[1].counts).toEqual({
      not_due: 0,
      in_progress: 0,
      done_on_time: 1,
      done_late: 1,
      overdue: 3,
      not_participating: 0,
    });
    expect(out.recommendations[0]).toEqual({
      org: 'S1',
      code: 'coverage_incomplete',
      priority: 6,
      message: 'Профминимумом охвачено 130 из 150 обучающихся 6–11 классов (86 %): включите остальных.',
    });
  });
});
