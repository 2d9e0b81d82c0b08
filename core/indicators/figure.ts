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
 * many of the school's pupils were cut because its own count passed the ОО-1 one. `unmet` (a figure
 * over organisations): why an organisation in the denominator adds nothing to the numerator, when
 * the figure's name does not say it all («сведения без ошибок»: an error in them).
 */
export type OrgPart =
  | {
      readonly numerator: number;
      readonly denominator: number;
      readonly oo1?: { readonly capped: number };
      readonly unmet?: Exclusion;
    }
  | { readonly excluded: Exclusion };

/** How a pupil figure used the directory's ОО-1 counts, over the schools counted. */
interface Oo1Use {
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
  /** Organisations counted in the denominator but not the numerator, by reason, where their parts said why. */
  readonly unmet?: Readonly<Partial<Record<Exclusion, number>>> | undefined;
}

/**
 * One organisation's figure from its part: `of` 1, counted (a pupil figure with how it used ОО-1)
 * or left out with its reason.
 *
 * @param key - the indicator
 * @param part - what the organisation adds
 * @example figureOfPart('coverage', { numerator: 120, denominator: 150 }) // { numerator: 120, denominator: 150, value: 0.8, contributors: 1, of: 1, excluded: {}, oo1: { schools: 0, … } }
 */
export function figureOfPart(key: IndicatorKey, part: OrgPart): Figure {
  if ('excluded' in part) {
    return { numerator: 0, denominator: 0, value: null, contributors: 0, of: 1, excluded: { [part.excluded]: 1 } };
  }
  const { numerator, denominator } = part;
  const capped = part.oo1 ? part.oo1.capped : 0;
  const oo1 = indicatorSpec(key).pupils
    ? { schools: part.oo1 ? 1 : 0, capped: capped > 0 ? 1 : 0, cappedPupils: capped }
    : undefined;
  const value = denominator > 0 ? numerator / denominator : null;
  const unmet = part.unmet ? { [part.unmet]: 1 } : undefined;
  return { numerator, denominator, value, contributors: 1, of: 1, excluded: {}, oo1, unmet };
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
  let numerator = 0;
  let denominator = 0;
  let contributors = 0;
  let of = 0;
  const excluded: Partial<Record<Exclusion, number>> = {};
  const oo1 = indicatorSpec(key).pupils ? { schools: 0, capped: 0, cappedPupils: 0 } : undefined;
  let unmet: Partial<Record<Exclusion, number>> | undefined;
  for (const f of figures) {
    for (const reason of Object.keys(f.unmet ?? {}) as Exclusion[]) {
      unmet ??= {};
      unmet[reason] = (unmet[reason] || 0) + (f.unmet?.[reason] || 0);
    }
    numerator += f.numerator;
    denominator += f.denominator;
    contributors += f.contributors;
    of += f.of;
    for (const reason of Object.keys(f.excluded) as Exclusion[])
      excluded[reason] = (excluded[reason] || 0) + (f.excluded[reason] || 0);
    if (oo1 && f.oo1) {
      oo1.schools += f.oo1.schools;
      oo1.capped += f.oo1.capped;
      oo1.cappedPupils += f.oo1.cappedPupils;
    }
  }
  const value = contributors > 0 && denominator > 0 ? numerator / denominator : null;
  return { numerator, denominator, value, contributors, of, excluded, oo1, unmet };
}
