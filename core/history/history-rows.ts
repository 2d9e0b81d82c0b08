import type { IsoDate } from '../dates/iso-date';
import { historyFigure, historyIndicators } from '../indicators/history-indicators';
import type { Stats } from '../indicators/stats';
import { cityArea, type HistoryRow } from './history-row';

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
  const indicators = historyIndicators();
  const all: [string, Stats][] = [[cityArea, areas.city], ...areas.districts];
  for (const [area, stats] of all) {
    for (const indicator of indicators) {
      rows.push({ date, kind, area, indicator, ...historyFigure(stats, indicator) });
    }
  }
  return rows;
}
