import { describe, expect, it } from 'vitest';
import { filledOrgSheet, rowOfLabel } from '../../test/fixtures/filled-org-sheet';
import { sampleOrg, sampleSettings } from '../../test/fixtures/sample-org';
import { defaultThresholds } from '../directory/settings';
import { builtinRoadmap } from '../roadmap/builtin-roadmap';
import type { Level } from './form-spec';
import { levelCheck } from './level-check';
import { readSubmission } from './read-submission';
import type { Profminimum } from './submission';

const roadmap = builtinRoadmap();
const org = sampleOrg();
const ctx = { org, roadmap, settings: sampleSettings(), asOf: '2024-02-01', timeZone: 'UTC' } as const;

/** Hours as a school types them: the 34 h course in «внеурочная», the rest in «воспитательная». */
function hoursFields(total: number): Record<string, string> {
  return {
    'Часов: урочная деятельность': '0',
    'Часов: внеурочная деятельность': '34',
    'Часов: воспитательная работа': String(total - 34),
    'Часов: дополнительное образование': '0',
    'Часов: профессиональное обучение': '0',
    'Часов: взаимодействие с родителями': '0',
  };
}

function profminimum(level: Level, hours: Profminimum['hours']): Profminimum {
  return {
    level,
    pupils69: 100,
    pupils1011: 0,
    covered69: 100,
    covered1011: 0,
    bvbRegistered: 10,
    diagnostics: 10,
    trials: 10,
    hours,
    navigators: 1,
    engineeringClasses: 0,
    engineeringPupils: 0,
  };
}

const boundaries: readonly [Level, number, boolean][] = [
  ['базовый', 39, false],
  ['базовый', 40, true],
  ['основной', 59, false],
  ['основной', 60, true],
  ['продвинутый', 79, false],
  ['продвинутый', 80, true],
];

describe('levelCheck', () => {
  it.each(boundaries)('%s level with %i planned hours: confirmed %s', (level, total, confirmed) => {
    const hours = { lessons: 0, extracurricular: 34, upbringing: total - 34, additional: 0, vocational: 0, parents: 0 };
    const check = levelCheck(profminimum(level, hours), defaultThresholds);
    expect(check).toMatchObject({ totalHours: total, hoursMet: confirmed, courseMet: true, confirmed });
  });

  it('counts typed fractions that add up to exactly the threshold as reaching it', () => {
    // 0.3 + 34 + 0.3 + 5.4 is 39.99999999999999 in floating point.
    const hours = { lessons: 0.3, extracurricular: 34, upbringing: 0.3, additional: 5.4, vocational: 0, parents: 0 };
    expect(levelCheck(profminimum('базовый', hours), defaultThresholds)).toMatchObject({
      totalHours: 40,
      confirmed: true,
    });
  });

  it('confirms nothing below the 34 hours of the course, at exactly 34 it does', () => {
    const at = (extracurricular: number) =>
      levelCheck(
        profminimum('базовый', {
          lessons: 50,
          extracurricular,
          upbringing: 0,
          additional: 0,
          vocational: 0,
          parents: 0,
        }),
        defaultThresholds,
      );
    expect(at(33)).toMatchObject({ hoursMet: true, courseMet: false, confirmed: false });
    expect(at(34)).toMatchObject({ courseMet: true, confirmed: true });
  });

  it('gives no answer without a level or with an hour field missing', () => {
    const hours = { lessons: null, extracurricular: 34, upbringing: 40, additional: 0, vocational: 0, parents: 0 };
    expect(levelCheck(profminimum('базовый', hours), defaultThresholds)).toBeNull();
    expect(levelCheck(null, defaultThresholds)).toBeNull();
  });

  it('does not change its input', () => {
    const pm = profminimum('основной', {
      lessons: 1,
      extracurricular: 34,
      upbringing: 1,
      additional: 1,
      vocational: 1,
      parents: 1,
    });
    const before = JSON.stringify(pm);
    levelCheck(pm, defaultThresholds);
    expect(JSON.stringify(pm)).toBe(before);
  });
});

describe('readSubmission › the level-confirmation boundary', () => {
  it.each(boundaries)(
    '%s level with %i planned hours: a warning at the level cell unless confirmed (%s)',
    (level, total, confirmed) => {
      const grid = filledOrgSheet(org, roadmap, { fields: { 'Уровень профминимума': level, ...hoursFields(total) } });
      const { issues } = readSubmission(grid, ctx);
      const short = issues.filter((i) => i.code === 'form_level_hours_short');
      if (confirmed) expect(short).toEqual([]);
      else {
        expect(short).toEqual([
          expect.objectContaining({
            row: rowOfLabel(grid, 'Уровень профминимума') + 1,
            column: 2,
            severity: 'warning',
            params: { level, hours: total, threshold: total + 1 },
          }),
        ]);
      }
    },
  );
});

describe('readSubmission › covered against pupils', () => {
  // The filled form has 1 234 pupils in 6–9 and 210 in 10–11.
  it.each([
    ['Охвачено профминимумом 6–9 классов', 'Обучающихся 6–9 классов', '1 234'],
    ['Охвачено профминимумом 10–11 классов', 'Обучающихся 10–11 классов', '210'],
  ])('accepts «%s» equal to «%s»', (covered, pupils, count) => {
    const grid = filledOrgSheet(org, roadmap, { fields: { [pupils]: count, [covered]: count } });
    const { issues, submission } = readSubmission(grid, ctx);
    expect(issues.filter((i) => i.code === 'form_covered_exceeds_pupils')).toEqual([]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(submission.profminimum).not.toBeNull();
  });

  it.each([
    ['Охвачено профминимумом 6–9 классов', 'Обучающихся 6–9 классов', 1234, 'covered69', '6–9'],
    ['Охвачено профминимумом 10–11 классов', 'Обучающихся 10–11 классов', 210, 'covered1011', '10–11'],
  ] as const)('puts the error at «%s» when it is one more than «%s»', (covered, pupils, count, key, band) => {
    const grid = filledOrgSheet(org, roadmap, { fields: { [pupils]: String(count), [covered]: String(count + 1) } });
    const { issues, submission } = readSubmission(grid, ctx);
    expect(issues.filter((i) => i.code === 'form_covered_exceeds_pupils')).toEqual([
      expect.objectContaining({
        row: rowOfLabel(grid, covered) + 1,
        column: 2,
        severity: 'error',
        params: { covered: count + 1, pupils: count, band },
      }),
    ]);
    expect(submission.profminimum?.[key]).toBeNull();
  });
});
