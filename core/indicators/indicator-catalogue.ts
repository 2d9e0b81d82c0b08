/**
 * The one list of indicators (design §6): each with its Russian name, unit, how it adds up over
 * organisations, which organisations it is about and where it is shown. `orgStats` must compute
 * every key (`OrgComputations` is a mapped type over them, so a new entry without a computation
 * does not compile), and the report must explain every share (`shareNotes`, likewise); `Сводка`,
 * the HTML report, the email's key figures, `История` and the `summary --json` document take their
 * lists from here.
 */

/**
 * Where a figure is shown: `summary` — `Сводка` (the city's table and the districts'); `keyFigures`
 * — the monthly email's key figures, which also head summary.html; `districtTable` — the district
 * table of summary.html; `history` — a row per area in `История`, under its key.
 */
export type Place = 'summary' | 'keyFigures' | 'districtTable' | 'history';

/**
 * How a figure adds up over organisations. `parts`: Σ numerators / Σ denominators of what the
 * organisations counted (pupils, item windows); `organisations`: each counted organisation adds 1
 * to the denominator and 1 or 0 to the numerator; `sum`: a count, summed.
 */
export type Aggregation = 'parts' | 'organisations' | 'sum';

/**
 * Which organisations a figure is about: all, ООО, ООО with a report and a declared level, those at
 * основной/продвинутый. The others are left out before its computation, each with its reason
 * (`outOfScope`: not ООО, no report, no level, базовый).
 */
export type Scope = 'all' | 'schools' | 'schoolsWithLevel' | 'higherLevelSchools';

/** One indicator: its name, unit, how it adds up, whom it is about and where it is shown. */
export interface IndicatorSpec {
  /** The Russian name, as every place shows it. */
  readonly label: string;
  readonly aggregation: Aggregation;
  readonly about: Scope;
  /**
   * Where an organisation's errors keep it out (or, for a figure over every organisation, out of its
   * numerator), in the prepositional: «в численности или охвате» (for «не учтены: ошибки в …»).
   */
  readonly needs?: string;
  /** The denominator is pupils 6–11: the directory's ОО-1 counts where given, else the school's own. */
  readonly pupils?: boolean;
  readonly shown: readonly Place[];
  /** `share`: a fraction 0–1, numerator / denominator; `count`: a whole number (organisations, pupils, item windows). */
  readonly unit: 'share' | 'count';
}

/** Where a figure is shown, as the catalogue lists it. */
const everywhere = ['summary', 'keyFigures', 'districtTable', 'history'] as const;
const summaryKeyFiguresHistory = ['summary', 'keyFigures', 'history'] as const;
const summaryKeyFiguresDistricts = ['summary', 'keyFigures', 'districtTable'] as const;
const summaryKeyFigures = ['summary', 'keyFigures'] as const;
const summaryHistory = ['summary', 'history'] as const;
const summaryOnly = ['summary'] as const;

type Extra = Pick<IndicatorSpec, 'needs' | 'pupils'>;

/** A share: numerator / denominator, adding up by `aggregation` over the organisations `about` it. */
function share(
  label: string,
  aggregation: 'parts' | 'organisations',
  about: Scope,
  shown: readonly Place[],
  extra: Extra = {},
) {
  return { label, unit: 'share', aggregation, about, shown, ...extra } as const;
}

/** A count, summed over the organisations `about` it. */
function count(label: string, about: Scope, shown: readonly Place[], extra: Extra = {}) {
  return { label, unit: 'count', aggregation: 'sum', about, shown, ...extra } as const;
}

/**
 * Every indicator, in the order the summary, the email and the report show them: its Russian name,
 * unit (`share`/`count`), how it adds up, which organisations it is about, where it is shown, and
 * (`extra`) the fields whose errors keep a school out and whether its denominator is pupils. Keys are stable: `summary --json` (a key with a dot, `levels.basic`,
 * is `levels: { basic }` there) and `История` store them. A key must be a valid path of the JSON's
 * STATS (design §8).
 */
export const indicatorCatalogue = {
  completeness: share('Сдали отчёт без ошибок', 'organisations', 'all', everywhere),
  withErrors: count('Сдали отчёт с ошибками', 'all', summaryKeyFigures),
  notSubmitted: count('Не сдали отчёт (лист пуст или его нет)', 'all', summaryKeyFigures),
  onTime: share('Сдали в срок', 'organisations', 'all', summaryKeyFiguresHistory),
  // Counted over every organisation; one whose section 2 has an error is not counted as assigned.
  responsibleAssigned: share('Ответственный назначен, сведения без ошибок', 'organisations', 'all', everywhere, {
    needs: 'в сведениях',
  }),
  'levels.basic': count('ООО на базовом уровне', 'schools', summaryHistory),
  'levels.main': count('ООО на основном уровне', 'schools', summaryHistory),
  'levels.advanced': count('ООО на продвинутом уровне', 'schools', summaryHistory),
  'levels.none': count('ООО без указанного уровня', 'schools', summaryHistory),
  coverage: share('Охват профминимумом, 6–11 классы', 'parts', 'schools', everywhere, {
    needs: 'в численности или охвате',
    pupils: true,
  }),
  bvbRegistered: share('Зарегистрированы на «Билете в будущее»', 'parts', 'schools', everywhere, {
    needs: 'в численности или числе зарегистрированных',
    pupils: true,
  }),
  diagnostics: share('Прошли профориентационную диагностику', 'parts', 'schools', summaryHistory, {
    needs: 'в численности или числе прошедших диагностику',
    pupils: true,
  }),
  trials: share('Прошли профессиональные пробы', 'parts', 'schools', summaryHistory, {
    needs: 'в численности или числе прошедших пробы',
    pupils: true,
  }),
  levelConfirmed: share('Уровень профминимума подтверждён часами', 'organisations', 'schoolsWithLevel', everywhere, {
    needs: 'в часах плана',
  }),
  trainedAtHigherLevels: share(
    // The threshold is the committee's (`Настройки`): the name with a number is `indicatorLabel`'s.
    'Есть педагог с КПК нужной продолжительности (основной и продвинутый уровни)',
    'organisations',
    'higherLevelSchools',
    summaryKeyFiguresHistory,
  ),
  roadmapDone: share('Исполнение дорожной карты (пункты с истёкшим сроком)', 'parts', 'all', everywhere),
  overdue: count('Просрочено пунктов (организация × срок)', 'all', summaryKeyFiguresDistricts),
  noDeadline: count('Пунктов без определённого срока', 'all', summaryOnly),
  'events.takingPart': share('Участвовали в мероприятиях', 'organisations', 'all', summaryOnly),
  'events.participants': count('Участников мероприятий', 'all', summaryOnly),
  'events.winners': count('Победителей и призёров', 'all', summaryOnly),
  'engineering.classes': count('Губернаторских инженерных классов', 'schools', summaryOnly),
  'engineering.pupils': count('Обучающихся в инженерных классах', 'schools', summaryOnly),
  'engineering.schools': count('Школ с инженерными классами', 'schools', summaryOnly),
} as const satisfies Readonly<Record<string, IndicatorSpec>>;

/** The catalogue's type: what `OrgComputations` and `Stats` are derived from. */
export type IndicatorCatalogue = typeof indicatorCatalogue;
export type IndicatorKey = keyof IndicatorCatalogue;
/** The keys of the shares (`unit: 'share'`). */
export type ShareKey = { [K in IndicatorKey]: IndicatorCatalogue[K]['unit'] extends 'share' ? K : never }[IndicatorKey];

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

/**
 * Whether an indicator is a share (a fraction 0–1) rather than a count.
 *
 * @param key - the indicator
 * @example isShare('coverage') // true
 */
export function isShare(key: IndicatorKey): key is ShareKey {
  return indicatorCatalogue[key].unit === 'share';
}
