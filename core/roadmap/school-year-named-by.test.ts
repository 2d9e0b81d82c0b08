import { describe, expect, it } from 'vitest';
import { builtinRoadmap } from './builtin-roadmap';
import { roadmapSchoolYear, schoolYearNamedBy } from './school-year-named-by';

describe('schoolYearNamedBy', () => {
  it.each([
    ['Декабрь 2023 г. – Январь 2024 г.', 2023],
    ['Декабрь 2023 г.\n- Январь 2024 г.\nМай – июнь 2024 г.', 2023],
    ['Сентябрь 2024 г.', 2024],
    ['Май 2024', 2023],
    ['Март – май 2025 г.', 2024],
    ['до 15.09.2024 г.', 2024],
    ['с 1 сентября 2024 года', 2024],
    ['2024/25 уч. год', 2024],
    ['2 полугодие 2024-2025 уч. года', 2024],
    ['В течение 2024 года', 2023],
    ['август 2023 г.', 2023],
  ])('«%s» belongs to the school year starting in %i', (text, start) => {
    expect(schoolYearNamedBy(text)).toEqual({ start });
  });

  it.each(['В течение года', 'II четверть', 'Октябрь', 'до 25 числа ежемесячно', 'по отдельному плану', '', 'нечто'])(
    '«%s» names no year',
    (text) => {
      expect(schoolYearNamedBy(text)).toBeNull();
    },
  );

  it('never throws on what is not text', () => {
    expect(schoolYearNamedBy(undefined as unknown as string)).toBeNull();
  });
});

describe('roadmapSchoolYear', () => {
  const periods = builtinRoadmap().items.map((item) => item.period);
  const shifted = periods.map((p) => p.replace(/20(2[34])/g, (_, y: string) => `20${Number(y) + 1}`));

  it('reads the built-in order’s year from its deadlines, and the next year’s from the same order a year on', () => {
    expect(roadmapSchoolYear(periods)).toEqual({ start: 2023 });
    expect(roadmapSchoolYear(shifted)).toEqual({ start: 2024 });
  });

  it('says nothing when no deadline names a year, or two years are named equally often', () => {
    expect(roadmapSchoolYear(['В течение года', 'II четверть'])).toBeNull();
    expect(roadmapSchoolYear(['Октябрь 2023 г.', 'Октябрь 2024 г.'])).toBeNull();
    expect(roadmapSchoolYear([])).toBeNull();
  });

  it('does not change its input', () => {
    const input = ['Октябрь 2024 г.'];
    roadmapSchoolYear(input);
    expect(input).toEqual(['Октябрь 2024 г.']);
  });
});
