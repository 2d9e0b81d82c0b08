import { describe, expect, it } from 'vitest';
import { checkReport, fullProfminimum, org, orgCheck, submission } from '../../test/fixtures/report-fixture';
import { smallCity } from '../../test/fixtures/small-city-report';
import { computeIndicators } from './compute-indicators';
import { countedPhrase, countedText, notCountedPhrase, oo1Phrase, unmetPhrase } from './counted-text';
import type { Figure } from './figure';
import { indicatorSpec } from './indicator-catalogue';

const figure = (over: Partial<Figure>): Figure => ({
  numerator: 0,
  denominator: 0,
  value: null,
  contributors: 0,
  of: 0,
  excluded: {},
  ...over,
});

/** The demo's SCH901: 449 of 449 pupils 6–9 and 118 of 118 pupils 10–11 covered; ОО-1 says 448 and 119. */
function cappedSchool() {
  const s = org('SCH901', 'ООО', 'Калининский', { pupils69: 448, pupils1011: 119 });
  const pm = {
    ...fullProfminimum,
    pupils69: 449,
    pupils1011: 118,
    covered69: 449,
    covered1011: 118,
    bvbRegistered: 62,
  };
  return orgCheck(s, 'submitted', submission('SCH901', 'ООО', { profminimum: pm }));
}

describe('countedPhrase', () => {
  it.each([
    [190, 190, 'учтено 190 из 190 организаций'],
    [1, 5, 'учтена 1 из 5 организаций'],
    [21, 21, 'учтена 21 из 21 организации'],
    [11, 11, 'учтено 11 из 11 организаций'],
    [0, 1, 'учтено 0 из 1 организации'],
    [1230, 1500, 'учтено 1\u00a0230 из 1\u00a0500 организаций'],
  ])('says %i of %i as «%s»', (contributors, of, text) => {
    expect(countedPhrase({ contributors, of })).toBe(text);
  });
});

describe('notCountedPhrase', () => {
  it('lists the reasons, the largest group first, with the fields the figure needs', () => {
    const f = figure({ excluded: { no_report: 17, fields_invalid: 10, not_school: 40 } });
    expect(notCountedPhrase(f, indicatorSpec('coverage'))).toBe(
      'не ООО — 40, нет отчёта — 17, пропуски или ошибки в численности или охвате — 10',
    );
  });
  it('is empty when every organisation was counted', () => {
    expect(notCountedPhrase(figure({}), indicatorSpec('completeness'))).toBe('');
  });
});

describe('unmetPhrase', () => {
  it('says why organisations counted are not in the numerator, the largest group first', () => {
    const f = figure({ unmet: { fields_invalid: 1, no_report: 2 } });
    expect(unmetPhrase(f, indicatorSpec('responsibleAssigned'))).toBe(
      'не засчитаны: нет отчёта — 2, пропуски или ошибки в сведениях — 1',
    );
  });
  it('is empty when the figure says nothing of it', () => {
    expect(unmetPhrase(figure({}), indicatorSpec('responsibleAssigned'))).toBe('');
    expect(unmetPhrase(figure({ unmet: { no_report: 0 } }), indicatorSpec('responsibleAssigned'))).toBe('');
  });
});

describe('oo1Phrase', () => {
  it('says how many schools gave ОО-1 and how many were capped at it, and by how many pupils', () => {
    expect(oo1Phrase(figure({ oo1: { schools: 61, capped: 27, cappedPupils: 140 } }))).toBe(
      'численность по ОО-1 — у 61 школы; у 27 из них учтено не больше ОО-1: на 140 обучающихся меньше, чем по отчётам',
    );
    expect(oo1Phrase(figure({ oo1: { schools: 64, capped: 0, cappedPupils: 0 } }))).toBe(
      'численность по ОО-1 — у 64 школ',
    );
    expect(oo1Phrase(figure({ oo1: { schools: 0, capped: 0, cappedPupils: 0 } }))).toBe('');
    expect(oo1Phrase(figure({}))).toBe('');
  });
});

describe('who a figure counts (design §6: contributors beside each figure)', () => {
  it('explains «Ответственный назначен, сведения без ошибок»: a person named with a wrong phone is not counted as assigned', () => {
    const city = computeIndicators(smallCity(), new Map()).city;
    expect(countedText(city.figures.responsibleAssigned, indicatorSpec('responsibleAssigned'))).toBe(
      'учтено 5 из 5 организаций; не засчитаны: нет отчёта — 2, пропуски или ошибки в сведениях — 1',
    );
  });

  it('explains the small city’s coverage: 2 of 5, the others not ООО or without a report', () => {
    const city = computeIndicators(smallCity(), new Map()).city;
    expect(countedText(city.figures.coverage, indicatorSpec('coverage'))).toBe(
      'учтено 2 из 5 организаций; не учтены: не ООО — 2, нет отчёта — 1',
    );
    expect(countedText(city.figures.trainedAtHigherLevels, indicatorSpec('trainedAtHigherLevels'))).toBe(
      'учтена 1 из 5 организаций; не учтены: не ООО — 2, базовый уровень — 1, нет отчёта — 1',
    );
  });

  it('says that a school’s coverage was capped at ОО-1, and by how much (the demo’s SCH901)', () => {
    const city = computeIndicators(checkReport([cappedSchool()]), new Map()).city;
    expect(city.coverage).toEqual({ numerator: 566, denominator: 567, value: 566 / 567, contributors: 1 });
    expect(city.figures.coverage.oo1).toEqual({ schools: 1, capped: 1, cappedPupils: 1 });
    expect(countedText(city.figures.coverage, indicatorSpec('coverage'))).toBe(
      'учтена 1 из 1 организации; численность по ОО-1 — у 1 школы; у 1 из них учтено не больше ОО-1: на 1 обучающегося меньше, чем по отчётам',
    );
    // «Билет в будущее» within ОО-1: the denominator is ОО-1, nothing capped.
    expect(city.figures.bvbRegistered.oo1).toEqual({ schools: 1, capped: 0, cappedPupils: 0 });
  });

  it('gives a school without ОО-1 no ОО-1 part', () => {
    const city = computeIndicators(smallCity(), new Map()).city;
    expect(city.figures.coverage.oo1).toEqual({ schools: 0, capped: 0, cappedPupils: 0 });
    expect(city.figures.completeness.oo1).toBeUndefined();
  });
});
