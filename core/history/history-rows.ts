import type { IsoDate } from '../dates/iso-date';
import { indicatorsShown } from '../indicators/indicator-catalogue';
import type { Stats } from '../indicators/stats';
import { cityArea, type HistoryRow } from './history-row';

/**
 * The rows a build appends to `История`: the city, then each district, every indicator the catalogue
 * keeps there (`history`), as numerator and denominator (the ООО by level: over the ООО expected).
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
  const indicators = indicatorsShown('history');
  const all: [string, Stats][] = [[cityArea, areas.city], ...areas.districts];
  for (const [area, stats] of all) {
    for (const indicator of indicators) {
      const { numerator, denominator } = stats.figures[indicator];
      rows.push({ date, kind, area, indicator, numerator, denominator });
    }
  }
  return rows;
}
