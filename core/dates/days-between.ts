import { differenceInCalendarDays } from 'date-fns';
import type { IsoDate } from './iso-date';
import { localDay } from './local-day';

/**
 * Whole calendar days from one date to another (negative when `to` is earlier).
 *
 * @param from - `YYYY-MM-DD`
 * @param to - `YYYY-MM-DD`
 * @example daysBetween('2024-01-25', '2024-02-01') // 7
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(localDay(to), localDay(from));
}
