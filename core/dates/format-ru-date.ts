import type { IsoDate } from './iso-date';

/**
 * A calendar date as Russians write it.
 *
 * @param date - `YYYY-MM-DD`
 * @example formatRuDate('2024-02-01') // '01.02.2024'
 */
export function formatRuDate(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}
