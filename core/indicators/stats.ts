import type { OrgType } from '../directory/organisation';
import { type Figure, sumFigures } from './figure';
import { type IndicatorCatalogue, type IndicatorKey, indicatorCatalogue, indicatorKeys } from './indicator-catalogue';
import { type Ratio, ratio } from './ratio';

/** A figure as `summary --json` shows it: a share as `{ numerator, denominator, value, contributors }`, a count as a number. */
type ViewValue<K extends IndicatorKey> = IndicatorCatalogue[K]['unit'] extends 'share' ? Ratio : number;
/** A key of STATS's top level (`coverage`). */
export type TopKey = Exclude<IndicatorKey, `${string}.${string}`>;
/** A group of STATS (`levels` of `levels.basic`). */
export type GroupKey = IndicatorKey extends infer K ? (K extends `${infer G}.${string}` ? G : never) : never;
/** The members of a group (`basic` of `levels.basic`). */
export type MemberOf<G extends string> = IndicatorKey extends infer K
  ? K extends `${G}.${infer M}`
    ? M
    : never
  : never;

/**
 * The catalogue's figures in the shape of design §8's STATS: `completeness` a ratio, `levels.basic`
 * at `levels: { basic }`, `overdue` a number. Derived from the catalogue, so a new indicator
 * appears here by itself.
 */
type StatsView = { readonly [K in TopKey]: ViewValue<K> } & {
  readonly [G in GroupKey]: { readonly [M in MemberOf<G>]: ViewValue<Extract<`${G}.${M}`, IndicatorKey>> };
};

/**
 * The indicators of design §6 for one organisation, a district or the city: the same shape at
 * every level, so a district is the sum of its organisations and the city the sum of all. Each
 * indicator of the catalogue stands twice: in the JSON's shape (`coverage`, `levels.basic`), and in
 * `figures` with who was counted and why the others were not.
 */
export type Stats = StatsView &
  StatusCounts & {
    /** Every indicator of the catalogue with its parts and who was counted. */
    readonly figures: Readonly<Record<IndicatorKey, Figure>>;
  };

/** The organisations of an area and how their reports stand: the base of every figure, beside the catalogue. */
export interface StatusCounts {
  /** Active organisations of the directory. */
  readonly expected: number;
  readonly expectedByType: Readonly<Record<OrgType, number>>;
  /** Tab present, not empty, no errors (warnings allowed). */
  readonly submitted: number;
  /** Tab present and empty. */
  readonly empty: number;
  /** No tab. */
  readonly missing: number;
}

/** The ratio-valued indicators at the top of STATS, in the catalogue's order. */
export const ratioIndicators = /* @__PURE__ */ indicatorKeys().filter(
  (key): key is Extract<TopKey, RatioIndicator> => !key.includes('.') && indicatorCatalogue[key].unit === 'share',
);
export type RatioIndicator = { [K in TopKey]: ViewValue<K> extends Ratio ? K : never }[TopKey];

/**
 * Stats from the figures of every indicator: the JSON's shape derived from the catalogue.
 *
 * @param base - organisations expected (in all and by type), submitted, empty, missing
 * @param figures - every indicator's figure
 * @example statsOf({ expected: 1, expectedByType }, figures).levels.basic // figures['levels.basic'].numerator
 */
export function statsOf(base: StatusCounts, figures: Readonly<Record<IndicatorKey, Figure>>): Stats {
  const view: Record<string, unknown> = {};
  for (const key of indicatorKeys()) {
    const f = figures[key];
    const value =
      indicatorCatalogue[key].unit === 'share' ? ratio(f.numerator, f.denominator, f.contributors) : f.numerator;
    const [group, member] = key.split('.') as [string, string | undefined];
    if (member === undefined) view[group] = value;
    else view[group] = { ...(view[group] as object | undefined), [member]: value };
  }
  // The view is built key by key from the catalogue, which is what StatsView's type is derived from.
  return { ...(view as StatsView), ...base, figures };
}

/**
 * The sum of many Stats: a district from its organisations, the city from all. Every figure's
 * numerators, denominators and counts of organisations are added, then divided again.
 *
 * @param list - the parts
 * @example sumStats([schoolA, schoolB]).coverage // Σ covered / Σ pupils of both
 */
export function sumStats(list: readonly Stats[]): Stats {
  const expectedByType = { ООО: 0, ДОО: 0, ОДО: 0 };
  const base = { expected: 0, submitted: 0, empty: 0, missing: 0 };
  for (const s of list) {
    base.expected += s.expected;
    base.submitted += s.submitted;
    base.empty += s.empty;
    base.missing += s.missing;
    expectedByType.ООО += s.expectedByType.ООО;
    expectedByType.ДОО += s.expectedByType.ДОО;
    expectedByType.ОДО += s.expectedByType.ОДО;
  }
  const figures = {} as Record<IndicatorKey, Figure>;
  for (const key of indicatorKeys()) {
    figures[key] = sumFigures(
      key,
      list.map((s) => s.figures[key]),
    );
  }
  return statsOf({ ...base, expectedByType }, figures);
}
