import type { OrgType } from '../directory/organisation';
import { addRatios, noData, type Ratio, ratio } from './ratio';

/** ООО by declared профминимум level; every active ООО once, an empty or missing tab is `none`. */
export interface LevelCounts {
  readonly basic: number;
  readonly main: number;
  readonly advanced: number;
  readonly none: number;
}

/** Participation in events (form section 5). */
export interface EventFigures {
  /** Organisations with at least one event row / organisations that reported (tab not missing or empty). */
  readonly takingPart: Ratio;
  readonly participants: number;
  readonly winners: number;
}

/** Governor's engineering classes (item 5.2.7). */
export interface EngineeringFigures {
  readonly classes: number;
  readonly pupils: number;
  readonly schools: number;
}

/**
 * The indicators of design §6 for one organisation, a district or the city: the same shape at
 * every level, so a district is the sum of its organisations and the city the sum of all.
 */
export interface Stats {
  readonly expected: number;
  readonly expectedByType: Readonly<Record<OrgType, number>>;
  readonly submitted: number;
  /** Tab present, not empty, with errors. */
  readonly withErrors: number;
  readonly empty: number;
  readonly missing: number;
  /** submitted / expected; every active organisation contributes. */
  readonly completeness: Ratio;
  /**
   * First seen submitted (per `Состояние`, after this build's update) on or before `Срок сдачи` /
   * expected; an organisation that submitted in time and has errors now still counts in time.
   * «нет данных» without a deadline or with an empty `Состояние` (a first build cannot tell).
   */
  readonly onTime: Ratio;
  readonly levels: LevelCounts;
  /** ООО with a level and all six hour fields valid: total ≥ the level's threshold and extracurricular ≥ the course. */
  readonly levelConfirmed: Ratio;
  /**
   * Σ covered / Σ pupils 6–11 (ОО-1 counts where the directory has them); an ООО contributes with
   * both bands valid and covered ≤ its own pupils.
   */
  readonly coverage: Ratio;
  /** Σ registered / Σ pupils 6–11; contributes when valid and ≤ the school's own pupils (so diagnostics, trials). */
  readonly bvbRegistered: Ratio;
  readonly diagnostics: Ratio;
  readonly trials: Ratio;
  /** All six fields of section 2 valid / expected; a missing or empty tab counts as not assigned. */
  readonly responsibleAssigned: Ratio;
  /** ООО at основной/продвинутый with a section 6 row of ≥ `Часов КПК ответственного` hours / ООО at those levels. */
  readonly trainedAtHigherLevels: Ratio;
  /**
   * Organisation × window pairs done (in time or late) / pairs whose window closed before the
   * report date; не участвуем and items without a deadline left out; a missing or empty tab
   * counts as not done. Contributors: organisations with a pair due.
   */
  readonly roadmapDone: Ratio;
  /** Organisation × window pairs overdue. */
  readonly overdue: number;
  /** Organisation × item pairs whose item has no readable deadline. */
  readonly noDeadline: number;
  readonly events: EventFigures;
  readonly engineering: EngineeringFigures;
}

/** The ratio-valued indicators, in the order the summary shows them. */
export const ratioIndicators = [
  'completeness',
  'onTime',
  'levelConfirmed',
  'coverage',
  'bvbRegistered',
  'diagnostics',
  'trials',
  'responsibleAssigned',
  'trainedAtHigherLevels',
  'roadmapDone',
] as const;
export type RatioIndicator = (typeof ratioIndicators)[number];

/** Stats of nobody: every count 0, every figure «нет данных». */
export const emptyStats: Stats = {
  expected: 0,
  expectedByType: { ООО: 0, ДОО: 0, ОДО: 0 },
  submitted: 0,
  withErrors: 0,
  empty: 0,
  missing: 0,
  completeness: noData,
  onTime: noData,
  levels: { basic: 0, main: 0, advanced: 0, none: 0 },
  levelConfirmed: noData,
  coverage: noData,
  bvbRegistered: noData,
  diagnostics: noData,
  trials: noData,
  responsibleAssigned: noData,
  trainedAtHigherLevels: noData,
  roadmapDone: noData,
  overdue: 0,
  noDeadline: 0,
  events: { takingPart: noData, participants: 0, winners: 0 },
  engineering: { classes: 0, pupils: 0, schools: 0 },
};

/**
 * The sum of two Stats (counts added, figures added part by part).
 *
 * @param a - one area
 * @param b - another
 * @example addStats(schoolA, schoolB).coverage // Σ covered / Σ pupils of both
 */
export function addStats(a: Stats, b: Stats): Stats {
  const ratios = {} as Record<RatioIndicator, Ratio>;
  for (const key of ratioIndicators) ratios[key] = addRatios(a[key], b[key]);
  return {
    ...ratios,
    expected: a.expected + b.expected,
    expectedByType: {
      ООО: a.expectedByType.ООО + b.expectedByType.ООО,
      ДОО: a.expectedByType.ДОО + b.expectedByType.ДОО,
      ОДО: a.expectedByType.ОДО + b.expectedByType.ОДО,
    },
    submitted: a.submitted + b.submitted,
    withErrors: a.withErrors + b.withErrors,
    empty: a.empty + b.empty,
    missing: a.missing + b.missing,
    levels: {
      basic: a.levels.basic + b.levels.basic,
      main: a.levels.main + b.levels.main,
      advanced: a.levels.advanced + b.levels.advanced,
      none: a.levels.none + b.levels.none,
    },
    overdue: a.overdue + b.overdue,
    noDeadline: a.noDeadline + b.noDeadline,
    events: {
      takingPart: addRatios(a.events.takingPart, b.events.takingPart),
      participants: a.events.participants + b.events.participants,
      winners: a.events.winners + b.events.winners,
    },
    engineering: {
      classes: a.engineering.classes + b.engineering.classes,
      pupils: a.engineering.pupils + b.engineering.pupils,
      schools: a.engineering.schools + b.engineering.schools,
    },
  };
}

/**
 * The sum of many Stats in one pass (no intermediate objects): a district from its
 * organisations, the city from all. Same result as folding `addStats`.
 *
 * @param list - the parts
 * @example sumStats([schoolA, schoolB]).coverage // Σ covered / Σ pupils of both
 */
export function sumStats(list: readonly Stats[]): Stats {
  const n = { expected: 0, submitted: 0, withErrors: 0, empty: 0, missing: 0, overdue: 0, noDeadline: 0 };
  const byType = { ООО: 0, ДОО: 0, ОДО: 0 };
  const levels = { basic: 0, main: 0, advanced: 0, none: 0 };
  const events = { participants: 0, winners: 0 };
  const engineering = { classes: 0, pupils: 0, schools: 0 };
  const parts = [...ratioIndicators, 'takingPart'] as const;
  const sums = Object.fromEntries(parts.map((k) => [k, [0, 0, 0]])) as Record<(typeof parts)[number], number[]>;
  const add = (sum: number[], r: Ratio) => {
    sum[0] = (sum[0] ?? 0) + r.numerator;
    sum[1] = (sum[1] ?? 0) + r.denominator;
    sum[2] = (sum[2] ?? 0) + r.contributors;
  };
  for (const s of list) {
    n.expected += s.expected;
    n.submitted += s.submitted;
    n.withErrors += s.withErrors;
    n.empty += s.empty;
    n.missing += s.missing;
    n.overdue += s.overdue;
    n.noDeadline += s.noDeadline;
    byType.ООО += s.expectedByType.ООО;
    byType.ДОО += s.expectedByType.ДОО;
    byType.ОДО += s.expectedByType.ОДО;
    levels.basic += s.levels.basic;
    levels.main += s.levels.main;
    levels.advanced += s.levels.advanced;
    levels.none += s.levels.none;
    events.participants += s.events.participants;
    events.winners += s.events.winners;
    engineering.classes += s.engineering.classes;
    engineering.pupils += s.engineering.pupils;
    engineering.schools += s.engineering.schools;
    for (const key of ratioIndicators) add(sums[key], s[key]);
    add(sums.takingPart, s.events.takingPart);
  }
  const ratioOf = (sum: number[]) => ratio(sum[0] ?? 0, sum[1] ?? 0, sum[2] ?? 0);
  const ratios = {} as Record<RatioIndicator, Ratio>;
  for (const key of ratioIndicators) ratios[key] = ratioOf(sums[key]);
  return {
    ...n,
    ...ratios,
    expectedByType: byType,
    levels,
    events: { takingPart: ratioOf(sums.takingPart), ...events },
    engineering,
  };
}
