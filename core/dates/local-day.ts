import type { IsoDate } from './iso-date';

/**
 * The calendar day of an ISO date as a local `Date` at midnight: a carrier of year, month and day
 * for date-fns's calendar arithmetic, never an instant (no zone, no clock).
 *
 * @param date - `YYYY-MM-DD`
 * @example localDay('2024-02-29').getDate() // 29
 */
export function localDay(date: IsoDate): Date {
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = date.slice(0, 10).split('-').map(Number);
  return new Date(year, month - 1, day);
}
