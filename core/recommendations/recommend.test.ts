import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../check/check-report';
import { computeIndicators } from '../indicators/compute-indicators';
import { checkReport, fullProfminimum, org, orgCheck, submission } from '../../test/fixtures/report-fixture';
import { smallCity } from '../../test/fixtures/small-city-report';
import {
  type RecommendationCode,
  type RecommendationParams,
  recommendationCatalogue,
} from './recommendation-catalogue';
import { recommendAll } from './recommend-all';

function codes(report: CheckReport, code: string) {
  return recommendAll(report, computeIndicators(report, new Map())).get(code) ?? [];
}

describe('recommend', () => {
  it('tells a missing organisation to submit, then lists its overdue items', () => {
    expect(codes(smallCity(), 'S3').map((r) => r.message)).toEqual([
      'Листа организации нет в таблице отчётов: обратитесь в комитет и заполните отчёт.',
      'Просрочено: п. 1.2 «Назначение ответственных за профориентацию» (срок — до 31.10.2023).',
      'Просрочено: п. 3.2/1 «Мониторинг профминимума» (срок — до 31.01.2024).',
    ]);
  });

  it('orders a school with errors by priority, with the figures in the sentences', () => {
    expect(codes(smallCity(), 'S2').map((r) => [r.code, r.priority, r.message])).toEqual([
      [
        'has_errors',
        2,
        'В отчёте 2 ошибки: исправьте их — ячейки с ошибками выделены цветом, в примечаниях сказано, что не так.',
      ],
      // The person is named and only the phone is wrong: never «Не назначен», never «не заполнено».
      ['responsible_details', 3, 'Сведения об ответственном за профориентацию (раздел 2): телефон указан с ошибкой.'],
      ['item_overdue', 4, 'Просрочено: п. 1.2 «Назначение ответственных за профориентацию» (срок — до 31.10.2023).'],
      ['level_not_confirmed', 5, 'Заявлен базовый уровень, а в плане 38 ч при минимуме 40 ч.'],
      [
        'coverage_incomplete',
        6,
        'Профминимумом охвачено 60 из 80 обучающихся 6–11 классов (75 %): включите остальных.',
      ],
      [
        'no_training',
        9,
        'Не указано ни одного педагога, прошедшего повышение квалификации по профориентации (раздел 6).',
      ],
      ['no_events', 9, 'Не указано участие ни в одном мероприятии дорожной карты (раздел 5).'],
    ]);
  });

  it('flags the основной level without «Билет в будущее», trials or a trained teacher', () => {
    const s = org('S7', 'ООО', 'Центральный');
    const sub = submission('S7', 'ООО', {
      profminimum: {
        ...fullProfminimum,
        bvbRegistered: 0,
        trials: 0,
        hours: { ...fullProfminimum.hours, lessons: 2, extracurricular: 20 },
      },
      training: [
        { fullName: 'Петров П.П.', programme: 'Курс', hours: 72, finishedOn: '2020-05-12', document: null, row: 70 },
      ],
    });
    const noItems = { schoolYear: { start: 2023 }, items: [] };
    const found = codes(checkReport([orgCheck(s, 'submitted', sub)], { roadmap: noItems }), 'S7');
    expect(found.map((r) => r.code)).toEqual([
      'level_not_confirmed',
      'course_hours_short',
      'coverage_incomplete',
      'bvb_zero',
      'no_trials',
      'training_outdated',
      'no_events',
    ]);
    expect(found.find((r) => r.code === 'level_not_confirmed')?.message).toBe(
      'Заявлен основной уровень, а в плане 42 ч при минимуме 60 ч.',
    );
    expect(found.find((r) => r.code === 'training_outdated')?.message).toContain('12.05.2020');
  });

  describe('coverage_incomplete (issue 13: only by the school’s own counts)', () => {
    const school = (oo1: { pupils69: number; pupils1011: number } | null, pm: Partial<typeof fullProfminimum>) => {
      const s = org('SCH901', 'ООО', 'Калининский', oo1 ?? {});
      const sub = submission('SCH901', 'ООО', { profminimum: { ...fullProfminimum, ...pm } });
      const noItems = { schoolYear: { start: 2023 }, items: [] };
      return codes(checkReport([orgCheck(s, 'submitted', sub)], { roadmap: noItems }), 'SCH901').filter(
        (r) => r.code === 'coverage_incomplete',
      );
    };

    it('says nothing to a school that covered all its pupils, whatever ОО-1 says (the demo’s SCH901)', () => {
      const all = { pupils69: 449, pupils1011: 118, covered69: 449, covered1011: 118 };
      expect(school({ pupils69: 448, pupils1011: 119 }, all)).toEqual([]);
      expect(school({ pupils69: 460, pupils1011: 130 }, all)).toEqual([]);
    });

    it('gives a school that left pupils out its own figures, not the ОО-1 ones', () => {
      const own = { pupils69: 300, pupils1011: 20, covered69: 280, covered1011: 20 };
      expect(school({ pupils69: 330, pupils1011: 20 }, own).map((r) => r.message)).toEqual([
        'Профминимумом охвачено 300 из 320 обучающихся 6–11 классов (93 %): включите остальных.',
      ]);
      expect(school({ pupils69: 250, pupils1011: 20 }, own)).toHaveLength(1);
    });

    it('says nothing when the school’s own pupil counts are wrong (its errors are a recommendation of their own)', () => {
      expect(school({ pupils69: 330, pupils1011: 20 }, { pupils69: null, covered69: 280 })).toEqual([]);
    });
  });

  it('keeps at most 7, the most urgent first', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({
      id: `9.${i}`,
      section: '9',
      title: `Пункт ${i}`,
      period: 'Сентябрь',
      windows: [{ start: '2023-09-01', end: '2023-09-30' }],
      responsible: [],
      result: '',
      kind: 'пункт' as const,
      reporters: ['ООО' as const],
    }));
    const s = org('S8', 'ООО', 'Центральный');
    const report = checkReport([orgCheck(s, 'missing')], { roadmap: { schoolYear: { start: 2023 }, items } });
    const found = codes(report, 'S8');
    expect(found).toHaveLength(7);
    expect(found[0]?.code).toBe('not_submitted');
  });

  it('has a sentence and a priority for every code', () => {
    for (const entry of Object.values(recommendationCatalogue)) expect(entry.priority).toBeGreaterThan(0);
  });

  it('words every figure of every code in its sentence', () => {
    const samples: { readonly [K in RecommendationCode]: RecommendationParams[K] } = {
      not_submitted: { missing: true },
      has_errors: { errors: 901 },
      no_responsible: {},
      responsible_details: {
        missing: [{ word: '‹пусто›', gender: 'm' }],
        invalid: [{ word: '‹ошибка›', gender: 'f' }],
      },
      item_overdue: { item: '‹п›', title: '‹название›', end: '2031-02-03' },
      level_not_declared: {},
      level_not_confirmed: { level: '‹уровень›', hours: 902, threshold: 903 },
      course_hours_short: { hours: 904, course: 905 },
      coverage_incomplete: { covered: 906, pupils: 907, percent: 908 },
      bvb_zero: { level: '‹уровень›' },
      no_trained_teacher: { level: '‹уровень›', hours: 909 },
      no_trials: { level: '‹уровень›' },
      training_outdated: { date: '2031-04-05' },
      no_training: {},
      no_events: {},
    };
    for (const code of Object.keys(samples) as RecommendationCode[]) {
      const text = (recommendationCatalogue[code].message as (p: unknown) => string)(samples[code]);
      const shown = JSON.stringify(samples[code]).match(/‹[^›]+›|\d{4}-\d{2}-\d{2}|\b9\d{2}\b/g) ?? [];
      for (const value of shown) {
        const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
        expect(text, code).toContain(iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : value);
      }
      expect(text, code).toMatch(/^[А-ЯЁ].*\.$/);
    }
  });

  it.each([
    [1, 'В отчёте 1 ошибка: исправьте её'],
    [4, 'В отчёте 4 ошибки: исправьте их'],
    [11, 'В отчёте 11 ошибок: исправьте их'],
    [21, 'В отчёте 21 ошибка: исправьте её'],
  ])('agrees %i errors with their noun and pronoun', (errors, start) => {
    expect(recommendationCatalogue.has_errors.message({ errors })).toMatch(new RegExp(`^${start} —`));
  });

  it('counts pupils in the genitive after «из»: 501 обучающегося, 80 обучающихся', () => {
    const message = (pupils: number) =>
      recommendationCatalogue.coverage_incomplete.message({ covered: 400, pupils, percent: 79 });
    expect(message(501)).toContain('охвачено 400 из 501 обучающегося 6–11 классов');
    expect(message(80)).toContain('из 80 обучающихся');
  });

  it('names a blank responsible person, and wrong or blank details, each as they are', () => {
    const word = (w: string, gender: 'm' | 'f' | 'n') => ({ word: w, gender });
    const details = recommendationCatalogue.responsible_details.message;
    expect(details({ missing: [], invalid: [word('телефон', 'm')] })).toBe(
      'Сведения об ответственном за профориентацию (раздел 2): телефон указан с ошибкой.',
    );
    expect(
      details({
        missing: [word('должность', 'f'), word('дата приказа', 'f')],
        invalid: [word('электронная почта', 'f')],
      }),
    ).toBe(
      'Сведения об ответственном за профориентацию (раздел 2): электронная почта указана с ошибкой; не указаны должность и дата приказа.',
    );
    expect(recommendationCatalogue.no_responsible.message({})).toContain('не заполнено ФИО');
  });
});
