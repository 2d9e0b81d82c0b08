import { describe, expect, it } from 'vitest';
import { statsWith } from '../../test/fixtures/stats-fixture';
import type { SummaryJson } from '../outputs/summary-json';
import { noDataReasons, type ShownFigures } from './no-data-reasons';

const withValue = { numerator: 1, denominator: 2, contributors: 1 };
const stats = statsWith(3, { completeness: withValue, responsibleAssigned: withValue });
const json = (over: Partial<Pick<SummaryJson, 'city' | 'districts' | 'onTimeBasis'>> = {}) => ({
  city: stats,
  districts: {
    Ленинский: stats,
    Советский: statsWith(3, { completeness: withValue, responsibleAssigned: withValue, coverage: withValue }),
  },
  onTimeBasis: { deadline: '2024-01-25', stateKept: true },
  ...over,
});
const shown: ShownFigures = [
  { key: 'completeness', label: 'Сдали отчёт без ошибок', districts: true },
  { key: 'onTime', label: 'Сдали в срок', districts: false },
  { key: 'coverage', label: 'Охват профминимумом, 6–11 классы', districts: true },
  { key: 'roadmapDone', label: 'Исполнение дорожной карты', districts: true },
];

describe('noDataReasons', () => {
  it('says that «Срок сдачи» is not set when that is why «Сдали в срок» has no value', () => {
    const lines = noDataReasons(json({ onTimeBasis: { deadline: null, stateKept: true } }), shown);
    expect(lines).toContain('«Сдали в срок» (город): в «Настройках» не указан «Срок сдачи».');
  });
  it('says that Состояние keeps no first-submission dates yet when the deadline is set', () => {
    const lines = noDataReasons(json({ onTimeBasis: { deadline: '2024-01-25', stateKept: false } }), shown);
    expect(lines.find((l) => l.startsWith('«Сдали в срок»'))).toMatch(
      /лист «Состояние» ещё не хранит дат первой сдачи/,
    );
  });
  it('names where a figure is missing and why: no deadline passed, no valid data', () => {
    const lines = noDataReasons(json(), shown);
    expect(lines).toContain(
      '«Исполнение дорожной карты» (город и все районы): ни у одного пункта ещё не истёк срок (пункты без срока и строки «не участвуем» не считаются).',
    );
    expect(lines).toContain(
      '«Охват профминимумом, 6–11 классы» (город, Ленинский): ни одна ООО не указала без ошибок численность обучающихся 6–11 классов и их охват.',
    );
    expect(lines.some((l) => l.includes('Сдали отчёт без ошибок'))).toBe(false);
  });
  it('says a district has no ООО, not that its ООО gave no valid data, and counts other reasons', () => {
    const noSchool = statsWith(1, { completeness: withValue, responsibleAssigned: withValue });
    const lines = noDataReasons(
      json({
        districts: {
          Ленинский: {
            ...noSchool,
            figures: { ...noSchool.figures, coverage: { ...noSchool.figures.coverage, excluded: { not_school: 1 } } },
          },
          Советский: {
            ...noSchool,
            figures: {
              ...noSchool.figures,
              coverage: { ...noSchool.figures.coverage, excluded: { no_report: 1, not_school: 2 } },
            },
          },
        },
      }),
      shown,
    );
    expect(lines).toContain('«Охват профминимумом, 6–11 классы» (Ленинский): в районе нет ООО.');
    expect(lines).toContain(
      '«Охват профминимумом, 6–11 классы» (Советский): не учтена ни одна организация: нет отчёта — 1.',
    );
  });

  it('has nothing to say when every figure shown has a value', () => {
    const full = statsWith(3, {
      completeness: withValue,
      responsibleAssigned: withValue,
      onTime: withValue,
      coverage: withValue,
      roadmapDone: withValue,
    });
    expect(noDataReasons(json({ city: full, districts: { Ленинский: full } }), shown)).toEqual([]);
  });
});
