/**
 * Recommendations of the committee to an organisation (item 4.1, «адресные рекомендации»): each
 * code has typed figures, a priority (1 is the most urgent) and a Russian sentence. The catalogue
 * is a mapped type over the codes, so a code without a message fails to compile.
 */
export interface RecommendationParams {
  not_submitted: { readonly missing: boolean };
  has_errors: { readonly errors: number; readonly warnings: number };
  no_responsible: { readonly fields: string };
  item_overdue: { readonly item: string; readonly title: string; readonly end: string };
  level_not_declared: Record<string, never>;
  level_not_confirmed: { readonly level: string; readonly hours: number; readonly threshold: number };
  course_hours_short: { readonly hours: number; readonly course: number };
  coverage_incomplete: { readonly covered: number; readonly pupils: number; readonly percent: number };
  bvb_zero: { readonly level: string };
  no_trained_teacher: { readonly level: string; readonly hours: number };
  no_trials: { readonly level: string };
  training_outdated: { readonly date: string };
  no_training: Record<string, never>;
  no_events: Record<string, never>;
}

export type RecommendationCode = keyof RecommendationParams;

interface Entry<P> {
  readonly priority: number;
  readonly message: (params: P) => string;
}

type Catalogue = { readonly [K in RecommendationCode]: Entry<RecommendationParams[K]> };

/** «основной» → «основной уровень», in the phrases below. */
const levelPhrase = (level: string) => `${level} уровень`;

export const recommendationCatalogue: Catalogue = {
  not_submitted: {
    priority: 1,
    message: (p) =>
      p.missing
        ? 'Лист организации отсутствует в таблице отчётов: обратитесь в комитет и заполните отчёт.'
        : 'Отчёт не заполнен: заполните лист организации.',
  },
  has_errors: {
    priority: 2,
    message: (p) =>
      `В отчёте ${p.errors} ${plural(p.errors, 'ошибка', 'ошибки', 'ошибок')}: исправьте их по примечаниям в ячейках (лист «Проверка»).`,
  },
  no_responsible: {
    priority: 3,
    message: (p) => `Не назначен ответственный за профориентацию: не заполнено ${p.fields}.`,
  },
  item_overdue: {
    priority: 4,
    message: (p) => `Просрочено: п. ${p.item} «${p.title}» (срок — до ${p.end}).`,
  },
  level_not_declared: { priority: 4, message: () => 'Не указан уровень профминимума: выберите его в разделе 3.' },
  level_not_confirmed: {
    priority: 5,
    message: (p) => `Заявлен ${levelPhrase(p.level)}, а в плане ${p.hours} ч при минимуме ${p.threshold} ч.`,
  },
  course_hours_short: {
    priority: 5,
    message: (p) =>
      `Внеурочной деятельности в плане ${p.hours} ч при обязательных ${p.course} ч курса «Россия — мои горизонты».`,
  },
  coverage_incomplete: {
    priority: 6,
    message: (p) =>
      `Профминимумом охвачено ${p.covered} из ${p.pupils} обучающихся 6–11 классов (${p.percent} %): включите остальных.`,
  },
  bvb_zero: {
    priority: 6,
    message: (p) =>
      `Заявлен ${levelPhrase(p.level)}, но на платформе «Билет в будущее» не зарегистрирован ни один обучающийся.`,
  },
  no_trained_teacher: {
    priority: 7,
    message: (p) =>
      `Для уровня «${p.level}» нужен педагог с повышением квалификации по профориентации не менее ${p.hours} ч: направьте ответственного на обучение.`,
  },
  no_trials: {
    priority: 8,
    message: (p) => `Заявлен ${levelPhrase(p.level)}, а профессиональные пробы не прошёл ни один обучающийся.`,
  },
  training_outdated: {
    priority: 8,
    message: (p) => `Последнее повышение квалификации педагогов окончено ${p.date}, более 3 лет назад.`,
  },
  no_training: {
    priority: 9,
    message: () => 'Не указано ни одного педагога, прошедшего повышение квалификации по профориентации (раздел 6).',
  },
  no_events: {
    priority: 9,
    message: () => 'Не указано участие ни в одном мероприятии дорожной карты (раздел 5).',
  },
};

/** Russian plural: 1 ошибка, 2 ошибки, 5 ошибок. */
export function plural(n: number, one: string, few: string, many: string): string {
  const tens = Math.abs(n) % 100;
  const units = tens % 10;
  if (tens > 10 && tens < 20) return many;
  if (units === 1) return one;
  if (units >= 2 && units <= 4) return few;
  return many;
}
