import type { DateWindow, IsoDate } from '../dates/iso-date';

/** Whether a calendar year is a leap year (Gregorian). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in a month, 1-based month.
 *
 * @param year - the calendar year
 * @param month - 1–12
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * `YYYY-MM-DD` from parts (no check: callers validate).
 *
 * @example isoDate(2023, 9, 1) // '2023-09-01'
 */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether year/month/day name a real calendar day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * The whole-month window from one month to another (inclusive).
 *
 * @example monthsWindow(2023, 12, 2024, 1) // { start: '2023-12-01', end: '2024-01-31' }
 */
export function monthsWindow(fromYear: number, fromMonth: number, toYear: number, toMonth: number): DateWindow {
  return { start: isoDate(fromYear, fromMonth, 1), end: isoDate(toYear, toMonth, daysInMonth(toYear, toMonth)) };
}

/** The month `offset` months after year/month (offset may be negative). */
export function addMonths(year: number, month: number, offset: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Parts of an `IsoDate`, or null when it is not one. */
export function isoParts(date: IsoDate): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDay(year, month, day) ? { year, month, day } : null;
}
