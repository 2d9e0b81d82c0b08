import type { Exclusion } from '../indicators/figure';
import type { ShareKey } from '../indicators/indicator-catalogue';

/** How the report explains a share: what its parts count, and why it can be «нет данных». */
export interface ShareNote {
  /** What the numerator and the denominator count («охвачено профминимумом / обучающихся 6–11 классов»). */
  readonly parts: string;
  /** Why the figure is «нет данных» when no organisation was counted for the reasons of `noDataFor`. */
  readonly noData: string;
  /** The reasons for leaving an organisation out that `noData` speaks of; others are named one by one. */
  readonly noDataFor: readonly Exclusion[];
}

const nothingCounted = 'ни одна ООО не указала без ошибок';
/** The usual reason of a pupil figure's «нет данных»: errors in the numbers it needs. */
const invalid: readonly Exclusion[] = ['fields_invalid'];

/**
 * The notes of summary.html on every share of the indicator catalogue (kept out of the catalogue, so
 * the add-on, which never writes the HTML report, does not carry them). A mapped type over the
 * shares: a share added to the catalogue without its notes does not compile.
 */
export const shareNotes: { readonly [K in ShareKey]: ShareNote } = {
  completeness: {
    parts: 'организаций, сдавших отчёт без ошибок (предупреждения допустимы) / действующих организаций',
    noData: 'нет действующих организаций',
    noDataFor: [],
  },
  onTime: {
    parts: 'организаций, впервые сдавших отчёт не позже «Срока сдачи» (по листу «Состояние») / действующих организаций',
    noData: 'нет действующих организаций',
    noDataFor: [],
  },
  responsibleAssigned: {
    parts: 'организаций, заполнивших без ошибок все сведения об ответственном / действующих организаций',
    noData: 'нет действующих организаций',
    noDataFor: [],
  },
  coverage: {
    parts: 'охвачено профминимумом / обучающихся 6–11 классов',
    noData: `${nothingCounted} численность обучающихся 6–11 классов и их охват`,
    noDataFor: invalid,
  },
  bvbRegistered: {
    parts: 'зарегистрировано на платформе «Билет в будущее» / обучающихся 6–11 классов',
    noData: `${nothingCounted} численность обучающихся 6–11 классов и число зарегистрированных`,
    noDataFor: invalid,
  },
  diagnostics: {
    parts: 'прошли диагностику / обучающихся 6–11 классов',
    noData: `${nothingCounted} численность обучающихся и число прошедших диагностику`,
    noDataFor: invalid,
  },
  trials: {
    parts: 'прошли профессиональные пробы / обучающихся 6–11 классов',
    noData: `${nothingCounted} численность обучающихся и число прошедших пробы`,
    noDataFor: invalid,
  },
  levelConfirmed: {
    parts:
      'ООО, у которых часов в плане не меньше минимума уровня и внеурочной деятельности не меньше курса / ООО с уровнем и всеми часами плана',
    noData: `${nothingCounted} уровень профминимума и все часы плана`,
    noDataFor: ['fields_invalid', 'level_not_declared'],
  },
  trainedAtHigherLevels: {
    parts:
      'ООО основного и продвинутого уровня с педагогом, прошедшим КПК не меньше «Часов КПК ответственного» / ООО этих уровней',
    noData: 'нет ООО на основном или продвинутом уровне, сдавших отчёт',
    noDataFor: ['not_higher_level', 'level_not_declared', 'no_report'],
  },
  roadmapDone: {
    parts:
      'выполненные пары «организация × срок пункта» / пары, срок которых истёк (без «не участвуем» и пунктов без срока; несданный отчёт — не выполнено)',
    noData: 'ни у одного пункта ещё не истёк срок (пункты без срока и строки «не участвуем» не считаются)',
    noDataFor: ['nothing_due'],
  },
  'events.takingPart': {
    parts: 'организаций хотя бы с одной строкой раздела 5 / сдавших отчёт',
    noData: 'ни одна организация не сдала отчёт',
    noDataFor: ['no_report'],
  },
};
