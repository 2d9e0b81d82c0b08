import { lightFormat, subYears } from 'date-fns';
import type { IsoDate } from './iso-date';
import { localDay } from './local-day';

/**
 * The same calendar day `years` years earlier (date-fns `subYears`: 29 February falls back to the
 * 28th). Training older than three years before the report date is outdated (design §5).
 *
 * @param date - `YYYY-MM-DD`
 * @param years - how many years back
 * @example yearsBefore('2024-02-29', 3) // '2021-02-28'
 */
export function yearsBefore(date: IsoDate, years: number): IsoDate {
  return lightFormat(subYears(localDay(date), years), 'yyyy-MM-dd');
}
