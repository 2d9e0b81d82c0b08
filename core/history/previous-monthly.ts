import type { IsoDate } from '../dates/iso-date';
import type { HistoryRow } from './history-row';

/** Figures of one snapshot: area → indicator → numerator and denominator. */
export type Snapshot = ReadonlyMap<string, ReadonlyMap<string, { numerator: number; denominator: number }>>;

/**
 * The last monthly snapshot dated before the report date's month (normally the one of the 1st of
 * the previous month), the baseline of «изменение за месяц»; `null` when there is none.
 *
 * @param history - `История` as read
 * @param asOf - the report date
 * @example previousMonthly(history, '2024-02-15')?.date // '2024-01-01'
 */
export function previousMonthly(
  history: readonly HistoryRow[],
  asOf: IsoDate,
): { readonly date: IsoDate; readonly figures: Snapshot } | null {
  const monthStart = `${asOf.slice(0, 7)}-01`;
  let date: IsoDate | null = null;
  for (const row of history) {
    if (row.kind === 'monthly' && row.date < monthStart && (date === null || row.date > date)) date = row.date;
  }
  if (date === null) return null;
  const figures = new Map<string, Map<string, { numerator: number; denominator: number }>>();
  for (const row of history) {
    if (row.kind !== 'monthly' || row.date !== date) continue;
    let area = figures.get(row.area);
    if (!area) {
      area = new Map();
      figures.set(row.area, area);
    }
    // A month with two monthly runs: the later row wins.
    area.set(row.indicator, { numerator: row.numerator, denominator: row.denominator });
  }
  return { date, figures };
}
