import { type IndicatorKey, indicatorSpec } from './indicator-catalogue';

/**
 * Why an organisation did not enter a figure: not an ООО, no report (tab missing or empty), no
 * declared level, the базовый level (for a figure about основной/продвинутый), errors or gaps in
 * the fields the figure needs, no item window closed yet, no `Срок сдачи`, no `Состояние` yet.
 */
export const exclusions = [
  'not_school',
  'no_report',
  'level_not_declared',
  'not_higher_level',
  'fields_invalid',
  'nothing_due',
  'no_deadline',
  'no_state',
] as const;
export type Exclusion = (typeof exclusions)[number];

/**
 * One organisation's part in a figure: what it adds to the numerator and the denominator, or why it
 * is left out. `oo1.capped` (pupil figures whose denominator is the directory's ОО-1 count): how
 * many of the school's pupils were cut because its own count passed the ОО-1 one.
 */
export type OrgPart =
  | { readonly numerator: number; readonly denominator: number; readonly oo1?: { readonly capped: number } }
  | { readonly excluded: Exclusion };

/** How a pupil figure used the directory's ОО-1 counts, over the schools counted. */
export interface Oo1Use {
  /** Schools whose denominator is their ОО-1 count. */
  readonly schools: number;
  /** Of those, schools whose count passed the ОО-1 one and was capped at it. */
  readonly capped: number;
  /** Pupils cut by that capping, in all. */
  readonly cappedPupils: number;
}

/**
 * A figure of an area (design §6): numerators and denominators summed over its organisations, then
 * divided; who was counted and why the others were not.
 */
export interface Figure {
  readonly numerator: number;
  readonly denominator: number;
  /** numerator / denominator, unrounded; null with no organisation counted or a zero denominator («нет данных»). */
  readonly value: number | null;
  /** Organisations counted. */
  readonly contributors: number;
  /** Organisations of the area, counted or not. */
  readonly of: number;
  /** Organisations not counted, by reason (reasons with none left out). */
  readonly excluded: Readonly<Partial<Record<Exclusion, number>>>;
  /** Pupil figures only (`pupils` in the catalogue). */
  readonly oo1?: Oo1Use | undefined;
}

/** A running sum of figures, mutated only inside `addPart`/`addFigure`. */
interface FigureSum {
  numerator: number;
  denominator: number;
  contributors: number;
  of: number;
  excluded: Partial<Record<Exclusion, number>>;
  oo1: { schools: number; capped: number; cappedPupils: number } | null;
}

function newSum(key: IndicatorKey): FigureSum {
  return {
    numerator: 0,
    denominator: 0,
    contributors: 0,
    of: 0,
    excluded: {},
    oo1: indicatorSpec(key).pupils ? { schools: 0, capped: 0, cappedPupils: 0 } : null,
  };
}

function addPart(sum: FigureSum, part: OrgPart): void {
  sum.of += 1;
  if ('excluded' in part) {
    sum.excluded[part.excluded] = (sum.excluded[part.excluded] ?? 0) + 1;
    return;
  }
  sum.numerator += part.numerator;
  sum.denominator += part.denominator;
  sum.contributors += 1;
  if (sum.oo1 && part.oo1) {
    sum.oo1.schools += 1;
    if (part.oo1.capped > 0) sum.oo1.capped += 1;
    sum.oo1.cappedPupils += part.oo1.capped;
  }
}

function addFigure(sum: FigureSum, figure: Figure): void {
  sum.numerator += figure.numerator;
  sum.denominator += figure.denominator;
  sum.contributors += figure.contributors;
  sum.of += figure.of;
  for (const [reason, n] of Object.entries(figure.excluded) as [Exclusion, number][]) {
    sum.excluded[reason] = (sum.excluded[reason] ?? 0) + n;
  }
  if (sum.oo1 && figure.oo1) {
    sum.oo1.schools += figure.oo1.schools;
    sum.oo1.capped += figure.oo1.capped;
    sum.oo1.cappedPupils += figure.oo1.cappedPupils;
  }
}

function done(sum: FigureSum): Figure {
  const value = sum.contributors > 0 && sum.denominator > 0 ? sum.numerator / sum.denominator : null;
  const { oo1, ...rest } = sum;
  return { ...rest, value, ...(oo1 ? { oo1 } : {}) };
}

/**
 * One organisation's figure from its part: `of` 1, counted or left out with its reason.
 *
 * @param key - the indicator
 * @param part - what the organisation adds
 * @example figureOfPart('coverage', { numerator: 120, denominator: 150 }) // { numerator: 120, denominator: 150, value: 0.8, contributors: 1, of: 1, excluded: {}, oo1: { schools: 0, … } }
 */
export function figureOfPart(key: IndicatorKey, part: OrgPart): Figure {
  const sum = newSum(key);
  addPart(sum, part);
  return done(sum);
}

/**
 * The figure of an area from its parts' figures: numerators, denominators, counts of organisations
 * and of reasons added, then divided.
 *
 * @param key - the indicator
 * @param figures - the parts (organisations, or districts)
 * @example sumFigures('coverage', [a, b]).value // (a.numerator + b.numerator) / (a.denominator + b.denominator)
 */
export function sumFigures(key: IndicatorKey, figures: readonly Figure[]): Figure {
  const sum = newSum(key);
  for (const figure of figures) addFigure(sum, figure);
  return done(sum);
}
