import type { IsoDate } from './iso-date';
import { type SchoolYear, schoolYearBounds } from './school-year';

/** Where the report date came from: `--as-of` (or the caller's choice), the book's `Дата отчёта`, or today. */
export type ReportDateSource = 'as_of' | 'book' | 'today';

/**
 * The one report-date rule of every command and menu (design §2, §8): the date asked for,
 * else the book's `Дата отчёта`, else today in the committee's zone (today is an argument).
 *
 * @param choices - `asOf` asked for, `bookDate` from `Настройки`, `today`
 * @example reportDate({ bookDate: '2024-02-01', today: '2026-11-30' }) // { date: '2024-02-01', source: 'book' }
 */
export function reportDate(choices: {
  readonly asOf?: IsoDate | undefined;
  readonly bookDate?: IsoDate | null | undefined;
  readonly today: IsoDate;
}): { readonly date: IsoDate; readonly source: ReportDateSource } {
  if (choices.asOf) return { date: choices.asOf, source: 'as_of' };
  if (choices.bookDate) return { date: choices.bookDate, source: 'book' };
  return { date: choices.today, source: 'today' };
}

/**
 * Whether a date lies in a school year (1 September to 31 August, both included).
 *
 * @param date - a calendar date
 * @param year - the school year
 * @example isInSchoolYear('2024-08-31', { start: 2023 }) // true
 */
export function isInSchoolYear(date: IsoDate, year: SchoolYear): boolean {
  const { start, end } = schoolYearBounds(year);
  return date >= start && date <= end;
}
