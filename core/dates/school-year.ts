import { getMonth, getYear, lastDayOfMonth, lightFormat } from 'date-fns';
import type { IsoDate } from './iso-date';
import { localDay } from './local-day';

/** A school year, 1 September of `start` to 31 August of `start + 1`. */
export interface SchoolYear {
  readonly start: number;
}

/**
 * The label of a school year as the committee writes it.
 *
 * @param year - the school year
 * @example schoolYearLabel({ start: 2023 }) // '2023/2024'
 */
export function schoolYearLabel(year: SchoolYear): string {
  return `${year.start}/${year.start + 1}`;
}

/**
 * First and last calendar day of a school year (1 September – 31 August).
 *
 * @param year - the school year
 * @example schoolYearBounds({ start: 2023 }) // { start: '2023-09-01', end: '2024-08-31' }
 */
export function schoolYearBounds(year: SchoolYear): { start: IsoDate; end: IsoDate } {
  return {
    start: lightFormat(new Date(year.start, 8, 1), 'yyyy-MM-dd'),
    end: lightFormat(lastDayOfMonth(new Date(year.start + 1, 7, 1)), 'yyyy-MM-dd'),
  };
}

/**
 * The school year a date belongs to: September starts the next one.
 *
 * @param date - `YYYY-MM-DD`
 * @example schoolYearOf('2024-02-01') // { start: 2023 }
 */
export function schoolYearOf(date: IsoDate): SchoolYear {
  const day = localDay(date);
  return { start: getMonth(day) >= 8 ? getYear(day) : getYear(day) - 1 };
}
