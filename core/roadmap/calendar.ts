import {
  addMonths,
  eachMonthOfInterval,
  endOfMonth,
  endOfQuarter,
  getDaysInMonth,
  isExists,
  lightFormat,
  min,
  setDate,
  startOfQuarter,
} from 'date-fns';
import type { DateWindow, IsoDate } from '../dates/iso-date';
import { localDay } from '../dates/local-day';
import type { SchoolYear } from '../dates/school-year';

// Calendar arithmetic of deadlines, on date-fns over local calendar days (never instants or
// the clock: a Date here is only a carrier of year, month and day). Months are 1-based.

/**
 * A calendar day, or null when the calendar lacks it (31 September) or the year has fewer
 * than four digits (a typo, not a date of a roadmap).
 *
 * @example calendarDay(2024, 2, 29) // Date of 29 February 2024
 */
function calendarDay(year: number, month: number, day: number): Date | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  return isExists(year, month - 1, day) ? new Date(year, month - 1, day) : null;
}

/** `YYYY-MM-DD` of a calendar day. */
function isoOf(date: Date): IsoDate {
  return lightFormat(date, 'yyyy-MM-dd');
}

/**
 * `YYYY-MM-DD` from parts, or null when the day does not exist.
 *
 * @example isoDate(2023, 9, 1) // '2023-09-01'
 */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  const date = calendarDay(year, month, day);
  return date ? isoOf(date) : null;
}

/**
 * Days in a month.
 *
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(new Date(year, month - 1, 1));
}

/** Parts of an `IsoDate`, or null when it is not a real calendar day. */
export function isoParts(date: IsoDate): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return calendarDay(year, month, day) ? { year, month, day } : null;
}

/**
 * The whole-month window from one month to another (inclusive).
 *
 * @example monthsWindow(2023, 12, 2024, 1) // { start: '2023-12-01', end: '2024-01-31' }
 */
export function monthsWindow(fromYear: number, fromMonth: number, toYear: number, toMonth: number): DateWindow {
  return {
    start: isoOf(new Date(fromYear, fromMonth - 1, 1)),
    end: isoOf(endOfMonth(new Date(toYear, toMonth - 1, 1))),
  };
}

/**
 * The window from a day to the last day of a month `months - 1` months later.
 *
 * @example monthRun(new Date(2023, 8, 1), 6) // { start: '2023-09-01', end: '2024-02-29' }
 */
function monthRun(first: Date, months: number): DateWindow {
  return { start: isoOf(first), end: isoOf(endOfMonth(addMonths(first, months - 1))) };
}

/** 1 September of the school year. */
function schoolYearStart(year: SchoolYear): Date {
  return new Date(year.start, 8, 1);
}

/** The whole school year, 1 September – 31 August. */
export function schoolYearWindow(year: SchoolYear): DateWindow {
  return monthRun(schoolYearStart(year), 12);
}

/**
 * The school year cut into `count` runs of whole months, longer runs first
 * (2 → September–February and March–August; 12 → each month).
 *
 * @example runsOfYear({ start: 2023 }, 2)[0] // { start: '2023-09-01', end: '2024-02-29' }
 */
export function runsOfYear(year: SchoolYear, count: number): DateWindow[] {
  const windows: DateWindow[] = [];
  let first = schoolYearStart(year);
  for (let run = 0; run < count; run += 1) {
    const months = Math.floor(12 / count) + (run < 12 % count ? 1 : 0);
    windows.push(monthRun(first, months));
    first = addMonths(first, months);
  }
  return windows;
}

/**
 * One window a month of the school year, from the 1st to `day` (or the month's last day
 * when it has fewer days): «до 25 числа ежемесячно».
 *
 * @example monthlyUntil({ start: 2023 }, 31)[5] // { start: '2024-02-01', end: '2024-02-29' }
 */
export function monthlyUntil(year: SchoolYear, day: number, fromDay = 1): DateWindow[] {
  const first = schoolYearStart(year);
  return eachMonthOfInterval({ start: first, end: addMonths(first, 11) }).map((month) => {
    const end = min([setDate(month, day), endOfMonth(month)]);
    const start = min([setDate(month, fromDay), end]);
    return { start: isoOf(start), end: isoOf(end) };
  });
}

/**
 * A calendar quarter (1–4) of a calendar year.
 *
 * @example calendarQuarter(2024, 1) // { start: '2024-01-01', end: '2024-03-31' }
 */
export function calendarQuarter(year: number, quarter: number): DateWindow {
  const inside = new Date(year, (quarter - 1) * 3, 1);
  return { start: isoOf(startOfQuarter(inside)), end: isoOf(endOfQuarter(inside)) };
}

/**
 * From a day to the end of the school year: «с 1 сентября 2024 года». A day after the school
 * year runs to the end of the school year it falls in (the window then lies outside, and the
 * caller warns).
 *
 * @example untilSchoolYearEnd('2024-01-15', { start: 2023 }) // { start: '2024-01-15', end: '2024-08-31' }
 */
export function untilSchoolYearEnd(start: IsoDate, year: SchoolYear): DateWindow {
  const end = schoolYearWindow(year).end;
  if (start <= end) return { start, end };
  const day = localDay(start);
  const own = day.getMonth() >= 8 ? day.getFullYear() : day.getFullYear() - 1;
  return { start, end: schoolYearWindow({ start: own }).end };
}

/**
 * The earlier of two ISO dates (compared as text, which orders them as days).
 *
 * @example earlier('2024-09-01', '2024-08-25') // '2024-08-25'
 */
export function earlier(a: IsoDate, b: IsoDate): IsoDate {
  return [a, b].sort()[0] ?? a;
}
