import { formatRuDate } from '../dates/format-ru-date';
import type { IsoDate } from '../dates/iso-date';
import { countOf } from '../issues/count-of';
import { numberText as n } from '../issues/message-text';
import { plural } from '../issues/plural';

/**
 * Recommendations of the committee to an organisation (item 4.1, «адресные рекомендации»): each
 * code has typed figures, a priority (1 is the most urgent) and a Russian sentence. The catalogue
 * is a mapped type over the codes, so a code without a message fails to compile. Schools read the
 * sentences in section 7 of their own tab, the committee in `Рекомендации`: they speak to both.
 */
export interface RecommendationParams {
  not_submitted: { readonly missing: boolean };
  has_errors: { readonly errors: number };
  no_responsible: Record<string, never>;
  responsible_details: { readonly missing: readonly ResponsibleWord[]; readonly invalid: readonly ResponsibleWord[] };
  item_overdue: { readonly item: string; readonly title: string; readonly end: IsoDate };
  level_not_declared: Record<string, never>;
  level_not_confirmed: { readonly level: string; readonly hours: number; readonly threshold: number };
  course_hours_short: { readonly hours: number; readonly course: number };
  coverage_incomplete: { readonly covered: number; readonly pupils: number; readonly percent: number };
  bvb_zero: { readonly level: string };
  no_trained_teacher: { readonly level: string; readonly hours: number };
  no_trials: { readonly level: string };
  training_outdated: { readonly date: IsoDate };
  no_training: Record<string, never>;
  no_events: Record<string, never>;
}

/** A field of section 2 as a sentence names it, with its grammatical gender for agreement. */
export interface ResponsibleWord {
  readonly word: string;
  readonly gender: 'm' | 'f' | 'n';
}

export type RecommendationCode = keyof RecommendationParams;

interface Entry<P> {
  readonly priority: number;
  readonly message: (params: P) => string;
}

type Catalogue = { readonly [K in RecommendationCode]: Entry<RecommendationParams[K]> };

/** «основной» → «основной уровень», in the phrases below. */
const levelPhrase = (level: string) => `${level} уровень`;

/** «телефон и электронная почта» */
function words(list: readonly ResponsibleWord[]): string {
  const all = list.map((w) => w.word);
  return all.length <= 1 ? all.join('') : `${all.slice(0, -1).join(', ')} и ${all[all.length - 1]}`;
}

/** A past participle agreeing with the fields: «указан», «указана», «указано», «указаны». */
function agreeing(list: readonly ResponsibleWord[], stem: string): string {
  if (list.length !== 1) return `${stem}ы`;
  const gender = list[0]?.gender;
  return gender === 'f' ? `${stem}а` : gender === 'n' ? `${stem}о` : stem;
}

export const recommendationCatalogue: Catalogue = {
  not_submitted: {
    priority: 1,
    message: (p) =>
      p.missing
        ? 'Листа организации нет в таблице отчётов: обратитесь в комитет и заполните отчёт.'
        : 'Отчёт не заполнен: заполните лист организации.',
  },
  has_errors: {
    priority: 2,
    message: (p) =>
      `В отчёте ${countOf(p.errors, ['ошибка', 'ошибки', 'ошибок'])}: ${plural(p.errors, ['исправьте её', 'исправьте их', 'исправьте их'])} — ячейки с ошибками выделены цветом, в примечаниях сказано, что не так.`,
  },
  no_responsible: {
    priority: 3,
    message: () => 'Не указан ответственный за профориентацию: в разделе 2 не заполнено ФИО.',
  },
  responsible_details: {
    priority: 3,
    message: (p) => {
      const parts = [
        p.invalid.length > 0 ? `${words(p.invalid)} ${agreeing(p.invalid, 'указан')} с ошибкой` : '',
        p.missing.length > 0 ? `не ${agreeing(p.missing, 'указан')} ${words(p.missing)}` : '',
      ].filter(Boolean);
      return `Сведения об ответственном за профориентацию (раздел 2): ${parts.join('; ')}.`;
    },
  },
  item_overdue: {
    priority: 4,
    message: (p) => `Просрочено: п. ${p.item} «${p.title}» (срок — до ${formatRuDate(p.end)}).`,
  },
  level_not_declared: { priority: 4, message: () => 'Не указан уровень профминимума: выберите его в разделе 3.' },
  level_not_confirmed: {
    priority: 5,
    message: (p) => `Заявлен ${levelPhrase(p.level)}, а в плане ${n(p.hours)} ч при минимуме ${n(p.threshold)} ч.`,
  },
  course_hours_short: {
    priority: 5,
    message: (p) =>
      `Внеурочной деятельности в плане ${n(p.hours)} ч, а курс «Россия — мои горизонты» требует ${n(p.course)} ч.`,
  },
  coverage_incomplete: {
    priority: 6,
    message: (p) =>
      `Профминимумом охвачено ${n(p.covered)} из ${countOf(p.pupils, ['обучающегося', 'обучающихся', 'обучающихся'])} 6–11 классов (${p.percent} %): включите остальных.`,
  },
  bvb_zero: {
    priority: 6,
    message: (p) =>
      `Заявлен ${levelPhrase(p.level)}, но на платформе «Билет в будущее» не зарегистрирован ни один обучающийся.`,
  },
  no_trained_teacher: {
    priority: 7,
    message: (p) =>
      `Для уровня «${p.level}» нужен педагог с повышением квалификации по профориентации не менее ${n(p.hours)} ч: направьте ответственного на обучение.`,
  },
  no_trials: {
    priority: 8,
    message: (p) => `Заявлен ${levelPhrase(p.level)}, а профессиональные пробы не прошёл ни один обучающийся.`,
  },
  training_outdated: {
    priority: 8,
    message: (p) =>
      `Последнее повышение квалификации педагогов окончено ${formatRuDate(p.date)} — больше трёх лет назад.`,
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
