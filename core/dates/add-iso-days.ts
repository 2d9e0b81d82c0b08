import { addDays, lightFormat } from 'date-fns';
import type { IsoDate } from './iso-date';
import { localDay } from './local-day';

/**
 * A calendar date `days` days later (earlier when negative), with date-fns over calendar days.
 *
 * @param date - `YYYY-MM-DD`
 * @param days - whole days to add
 * @example addIsoDays('2024-02-28', 2) // '2024-03-01'
 */
export function addIsoDays(date: IsoDate, days: number): IsoDate {
  return lightFormat(addDays(localDay(date), days), 'yyyy-MM-dd');
}
