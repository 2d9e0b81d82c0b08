/**
 * The one list of indicators (design §6): each with its Russian name, unit, how it adds up over
 * organisations, which organisations it is about and where it is shown. `orgStats` must compute
 * every key (`OrgComputations` is a mapped type over them, so a new entry without a computation
 * does not compile); `Сводка`, the HTML report, the email's key figures, `История` and the
 * `summary --json` document take their lists from here.
 */

/**
 * Where a figure is shown: `summary` — `Сводка` (the city's table and the districts'); `keyFigures`
 * — the monthly email's key figures, which also head summary.html; `districtTable` — the district
 * table of summary.html (under `short`); `history` — a row per area in `История`, under its key.
 */
export type Place = 'summary' | 'keyFigures' | 'districtTable' | 'history';

/**
 * How a figure adds up over organisations. `parts`: Σ numerators / Σ denominators of what the
 * organisations counted (pupils, item windows); `organisations`: each counted organisation adds 1
 * to the denominator and 1 or 0 to the numerator; `sum`: a count, summed.
 */
export type Aggregation = 'parts' | 'organisations' | 'sum';

/** Which organisations a figure is about: all, ООО, ООО with a declared level, ООО at основной/продвинутый. */
export type Scope = 'all' | 'schools' | 'schoolsWithLevel' | 'higherLevelSchools';

interface CommonSpec {
  /** The Russian name, as every place shows it. */
  readonly label: string;
  /** A short header for the district table of summary.html (needed with `districtTable`). */
  readonly short?: string;
  readonly aggregation: Aggregation;
  readonly about: Scope;
  /** Where an organisation's errors keep it out, in the prepositional: «в численности обучающихся или охвате» (for «не учтены: ошибки в …»). */
  readonly needs?: string;
  /** The denominator is pupils 6–11: the directory's ОО-1 counts where given, else the school's own. */
  readonly pupils?: boolean;
  readonly shown: readonly Place[];
}

/** A fraction 0–1: numerator / denominator. */
export interface ShareSpec extends CommonSpec {
  readonly unit: 'share';
  /** What the numerator and the denominator count, in Russian («охвачено / обучающихся 6–11 классов»). */
  readonly parts: string;
  /** Why the figure is «нет данных» when no organisation was counted. */
  readonly noData: string;
}

/** A whole number: organisations, pupils, item windows, events. */
export interface CountSpec extends CommonSpec {
  readonly unit: 'count';
}

export type IndicatorSpec = ShareSpec | CountSpec;

const nothingCounted = 'ни одна ООО не указала без ошибок';

/**
 * Every indicator, in the order the summary, the email and the report show them. Keys are stable:
 * `summary --json` (a key with a dot, `levels.basic`, is `levels: { basic }` there) and `История`
 * store them. A key must be a valid path of the JSON's STATS (design §8).
 */
export const indicatorCatalogue = {
  completeness: {
    label: 'Сдали отчёт без ошибок',
    short: 'Сдали без ошибок',
    unit: 'share',
    aggregation: 'organisations',
    about: 'all',
    parts: 'организаций, сдавших отчёт без ошибок (предупреждения допустимы) / действующих организаций',
    noData: 'нет действующих организаций',
    shown: ['summary', 'keyFigures', 'districtTable', 'history'],
  },
  withErrors: {
    label: 'Сдали отчёт с ошибками',
    unit: 'count',
    aggregation: 'sum',
    about: 'all',
    shown: ['summary', 'keyFigures'],
  },
  notSubmitted: {
    label: 'Не сдали отчёт (лист пуст или отсутствует)',
    unit: 'count',
    aggregation: 'sum',
    about: 'all',
    shown: ['summary', 'keyFigures'],
  },
  onTime: {
    label: 'Сдали в срок',
    unit: 'share',
    aggregation: 'organisations',
    about: 'all',
    parts: 'организаций, впервые сдавших отчёт не позже «Срока сдачи» (по листу «Состояние») / действующих организаций',
    noData: 'нет действующих организаций',
    shown: ['summary', 'keyFigures', 'history'],
  },
  responsibleAssigned: {
    label: 'Назначен ответственный за профориентацию',
    short: 'Ответственный назначен',
    unit: 'share',
    aggregation: 'organisations',
    about: 'all',
    parts: 'организаций, заполнивших без ошибок все сведения об ответственном / действующих организаций',
    noData: 'нет действующих организаций',
    shown: ['summary', 'keyFigures', 'districtTable', 'history'],
  },
  'levels.basic': {
    label: 'ООО на базовом уровне',
    unit: 'count',
    aggregation: 'sum',
    about: 'schools',
    shown: ['summary', 'history'],
  },
  'levels.main': {
    label: 'ООО на основном уровне',
    unit: 'count',
    aggregation: 'sum',
    about: 'schools',
    shown: ['summary', 'history'],
  },
  'levels.advanced': {
    label: 'ООО на продвинутом уровне',
    unit: 'count',
    aggregation: 'sum',
    about: 'schools',
    shown: ['summary', 'history'],
  },
  'levels.none': {
    label: 'ООО без указанного уровня',
    unit: 'count',
    aggregation: 'sum',
    about: 'schools',
    shown: ['summary', 'history'],
  },
  coverage: {
    label: 'Охват профминимумом, 6–11 классы',
    short: 'Охват 6–11',
    unit: 'share',
    aggregation: 'parts',
    about: 'schools',
    needs: 'в численности обучающихся или охвате',
    pupils: true,
    parts: 'охвачено профминимумом / обучающихся 6–11 классов',
    noData: `${nothingCounted} численность обучающихся 6–11 классов и их охват`,
    shown: ['summary', 'keyFigures', 'districtTable', 'history'],
  },
  bvbRegistered: {
    label: 'Зарегистрированы на «Билете в будущее»',
    short: '«Билет в будущее»',
    unit: 'share',
    aggregation: 'parts',
    about: 'schools',
    needs: 'в численности обучающихся или числе зарегистрированных',
    pupils: true,
    parts: 'зарегистрировано на платформе «Билет в будущее» / обучающихся 6–11 классов',
    noData: `${nothingCounted} численность обучающихся 6–11 классов и число зарегистрированных`,
    shown: ['summary', 'keyFigures', 'districtTable', 'history'],
  },
  diagnostics: {
    label: 'Прошли профориентационную диагностику',
    unit: 'share',
    aggregation: 'parts',
    about: 'schools',
    needs: 'в численности обучающихся или числе прошедших диагностику',
    pupils: true,
    parts: 'прошли диагностику / обучающихся 6–11 классов',
    noData: `${nothingCounted} численность обучающихся и число прошедших диагностику`,
    shown: ['summary', 'history'],
  },
  trials: {
    label: 'Прошли профессиональные пробы',
    unit: 'share',
    aggregation: 'parts',
    about: 'schools',
    needs: 'в численности обучающихся или числе прошедших пробы',
    pupils: true,
    parts: 'прошли профессиональные пробы / обучающихся 6–11 классов',
    noData: `${nothingCounted} численность обучающихся и число прошедших пробы`,
    shown: ['summary', 'history'],
  },
  levelConfirmed: {
    label: 'Уровень профминимума подтверждён часами',
    short: 'Уровень подтверждён',
    unit: 'share',
    aggregation: 'organisations',
    about: 'schoolsWithLevel',
    needs: 'в часах плана',
    parts:
      'ООО, у которых часов в плане не меньше минимума уровня и внеурочной деятельности не меньше курса / ООО с уровнем и всеми часами плана',
    noData: `${nothingCounted} уровень профминимума и все часы плана`,
    shown: ['summary', 'keyFigures', 'districtTable', 'history'],
  },
  trainedAtHigherLevels: {
    label: 'Есть педагог с КПК ≥ 36 ч (основной и продвинутый уровни)',
    unit: 'share',
    aggregation: 'organisations',
    about: 'higherLevelSchools',
    parts:
      'ООО основного и продвинутого уровня с педагогом, прошедшим КПК не меньше «Часов КПК ответственного» / ООО этих уровней',
    noData: 'нет ООО на основном или продвинутом уровне, сдавших отчёт',
    shown: ['summary', 'keyFigures', 'history'],
  },
  roadmapDone: {
    label: 'Исполнение дорожной карты (пункты с истёкшим сроком)',
    short: 'Исполнение ДК',
    unit: 'share',
    aggregation: 'parts',
    about: 'all',
    parts:
      'выполненные пары «организация × срок пункта» / пары, срок которых истёк (без «не участвуем» и пунктов без срока; несданный отчёт — не выполнено)',
    noData: 'ни у одного пункта ещё не истёк срок (пункты без срока и строки «не участвуем» не считаются)',
    shown: ['summary', 'keyFigures', 'districtTable', 'history'],
  },
  overdue: {
    label: 'Просрочено пунктов (организация × срок)',
    short: 'Просрочено',
    unit: 'count',
    aggregation: 'sum',
    about: 'all',
    shown: ['summary', 'keyFigures', 'districtTable'],
  },
  noDeadline: {
    label: 'Пунктов без определённого срока (организация × пункт)',
    unit: 'count',
    aggregation: 'sum',
    about: 'all',
    shown: ['summary'],
  },
  'events.takingPart': {
    label: 'Участвовали в мероприятиях',
    unit: 'share',
    aggregation: 'organisations',
    about: 'all',
    parts: 'организаций хотя бы с одной строкой раздела 5 / сдавших отчёт',
    noData: 'ни одна организация не сдала отчёт',
    shown: ['summary'],
  },
  'events.participants': {
    label: 'Участников мероприятий',
    unit: 'count',
    aggregation: 'sum',
    about: 'all',
    shown: ['summary'],
  },
  'events.winners': {
    label: 'Победителей и призёров',
    unit: 'count',
    aggregation: 'sum',
    about: 'all',
    shown: ['summary'],
  },
  'engineering.classes': {
    label: 'Губернаторских инженерных классов',
    unit: 'count',
    aggregation: 'sum',
    about: 'schools',
    shown: ['summary'],
  },
  'engineering.pupils': {
    label: 'Обучающихся в инженерных классах',
    unit: 'count',
    aggregation: 'sum',
    about: 'schools',
    shown: ['summary'],
  },
  'engineering.schools': {
    label: 'Школ с инженерными классами',
    unit: 'count',
    aggregation: 'sum',
    about: 'schools',
    shown: ['summary'],
  },
  submitted: {
    label: 'Сдали отчёт без ошибок (организаций)',
    unit: 'count',
    aggregation: 'sum',
    about: 'all',
    shown: [],
  },
  empty: {
    label: 'Лист организации пуст',
    unit: 'count',
    aggregation: 'sum',
    about: 'all',
    shown: [],
  },
  missing: {
    label: 'Листа организации нет',
    unit: 'count',
    aggregation: 'sum',
    about: 'all',
    shown: [],
  },
} as const satisfies Readonly<Record<string, IndicatorSpec>>;

/** The catalogue's type: what `OrgComputations` and `Stats` are derived from. */
export type IndicatorCatalogue = typeof indicatorCatalogue;
export type IndicatorKey = keyof IndicatorCatalogue;

/**
 * Every key, in the catalogue's order (read from the catalogue at each call).
 *
 * @example indicatorKeys()[0] // 'completeness'
 */
export function indicatorKeys(): IndicatorKey[] {
  return Object.keys(indicatorCatalogue) as IndicatorKey[];
}

/**
 * The keys shown at a place, in the catalogue's order.
 *
 * @param place - where
 * @example indicatorsShown('history') // ['completeness', 'onTime', 'responsibleAssigned', 'levels.basic', …]
 */
export function indicatorsShown(place: Place): IndicatorKey[] {
  return indicatorKeys().filter((key) => (indicatorCatalogue[key].shown as readonly Place[]).includes(place));
}

/**
 * The specification of one indicator (its name, unit, scope…), widened to `IndicatorSpec`.
 *
 * @param key - the indicator
 * @example indicatorSpec('coverage').unit // 'share'
 */
export function indicatorSpec(key: IndicatorKey): IndicatorSpec {
  return indicatorCatalogue[key];
}
