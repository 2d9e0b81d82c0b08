import type { IsoDate } from '../dates/iso-date';
import { type RatioIndicator, ratioIndicators, type Stats } from '../indicators/stats';
import { cityArea, type HistoryRow } from './history-row';

/** Indicators kept in `История`: every ratio, and the ООО by level over the ООО expected. */
export const historyIndicators = [
  ...ratioIndicators,
  'levels.basic',
  'levels.main',
  'levels.advanced',
  'levels.none',
] as const;
export type HistoryIndicator = (typeof historyIndicators)[number];

/** Numerator and denominator of one history indicator of an area. */
export function historyFigure(stats: Stats, indicator: HistoryIndicator): { numerator: number; denominator: number } {
  if (indicator.startsWith('levels.')) {
    const level = indicator.slice('levels.'.length) as keyof Stats['levels'];
    return { numerator: stats.levels[level], denominator: stats.expectedByType.ООО };
  }
  const figure = stats[indicator as RatioIndicator];
  return { numerator: figure.numerator, denominator: figure.denominator };
}

/**
 * The rows a build appends to `История`: the city, then each district, every history indicator.
 *
 * @param areas - the city's and districts' indicators
 * @param date - the report date
 * @param kind - `build`, or `monthly` for the monthly snapshot
 * @example historyRows({ city, districts }, '2024-02-01', 'build')[0] // { area: 'Город', indicator: 'completeness', … }
 */
export function historyRows(
  areas: { readonly city: Stats; readonly districts: ReadonlyMap<string, Stats> },
  date: IsoDate,
  kind: HistoryRow['kind'],
): HistoryRow[] {
  const rows: HistoryRow[] = [];
  const all: [string, Stats][] = [[cityArea, areas.city], ...areas.districts];
  for (const [area, stats] of all) {
    for (const indicator of historyIndicators) {
      rows.push({ date, kind, area, indicator, ...historyFigure(stats, indicator) });
    }
  }
  return rows;
}
