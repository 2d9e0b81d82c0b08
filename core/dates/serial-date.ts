import { addDays, differenceInCalendarDays, lightFormat } from 'date-fns';
import type { IsoDate } from './iso-date';
import { localDay } from './local-day';

/**
 * How a workbook numbers its days: `1900` (Sheets, and Excel by default: day 0 is 30.12.1899) or
 * `1904` (Excel for Mac's old default: day 0 is 01.01.1904, 1462 days later). A property of the
 * workbook, which the .xlsx adapter reads and passes.
 */
export type DateSystem = '1900' | '1904';

// Calendar days carried by local dates (never instants): date-fns adds days, not hours.
const epochs: Readonly<Record<DateSystem, Date>> = { '1900': new Date(1899, 11, 30), '1904': new Date(1904, 0, 1) };

/**
 * The calendar date of a spreadsheet serial day number; the fraction (time) is ignored.
 * Serials outside 1000–9999 years give null.
 *
 * @param serial - days since the system's day 0
 * @param system - the workbook's date system
 * @example serialToIsoDate(45230) // '2023-10-31'
 */
export function serialToIsoDate(serial: number, system: DateSystem = '1900'): IsoDate | null {
  if (!Number.isFinite(serial) || Math.abs(serial) > 3_000_000) return null;
  const date = addDays(epochs[system], Math.floor(serial));
  const year = date.getFullYear();
  return year < 1000 || year > 9999 ? null : lightFormat(date, 'yyyy-MM-dd');
}

/**
 * The serial day number of a calendar date in the 1900 system (what a Sheets date cell holds).
 *
 * @param date - `YYYY-MM-DD`
 * @example serialOfIsoDate('2023-10-31') // 45230
 */
export function serialOfIsoDate(date: IsoDate): number {
  return differenceInCalendarDays(localDay(date), epochs['1900']);
}
