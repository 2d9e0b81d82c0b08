import type { IsoDate } from '../dates/iso-date';
import { isoDateInZone } from '../dates/iso-date-in-zone';
import { bad, type CellRead, ok, shown } from './cell-read';
import { cellText } from './cell-text';
import { foundText } from './found-text';
import type { DateSystem } from '../dates/serial-date';
import { parseDateText, plausibleSerialDate, plausibleYears } from './date-text';
import { screenCell } from './screen-cell';

// Date cells repeat across tabs and Intl is slow: remember the day of each instant per zone.
const days = new Map<string, IsoDate | null>();
const daysLimit = 50_000;

function dateInZone(instant: Date, timeZone: string): IsoDate | null {
  if (timeZone === 'UTC') return isoDateInZone(instant, timeZone);
  const key = `${timeZone} ${instant.getTime()}`;
  const known = days.get(key);
  if (known !== undefined) return known;
  const date = isoDateInZone(instant, timeZone);
  if (days.size >= daysLimit) days.clear();
  days.set(key, date);
  return date;
}

/**
 * A calendar date from a cell: a `Date` (midnight in `timeZone`, as the adapter declares),
 * a serial number (in the workbook's date system, time ignored, years 1990–2100), or text `07.08.2023`,
 * `7.8.2023`, `07.08.23`, `2023-08-07`, `7 августа 2023 г.`. A date the calendar lacks
 * (31.02.2023) is `impossible_date`; a year outside 1990–2100 `date_out_of_range`.
 *
 * @param cell - a cell value
 * @param timeZone - the zone in which `Date` cells stand for midnight
 * @param system - how the workbook numbers days (`1904` only for an old Excel for Mac book)
 * @example readDate(new Date('2023-10-30T19:00:00Z'), 'Asia/Yekaterinburg') // { kind: 'ok', value: '2023-10-31' }
 */
export function readDate(cell: unknown, timeZone: string, system: DateSystem = '1900'): CellRead<IsoDate> {
  const screened = screenCell(cell);
  if (screened) return screened;
  const range = { min: plausibleYears.min, max: plausibleYears.max };
  if (cell instanceof Date) {
    const date = dateInZone(cell, timeZone);
    if (!date) return bad('not_a_value', { found: 'Invalid Date' });
    const year = Number(date.slice(0, 4));
    if (year < range.min || year > range.max)
      return bad('date_out_of_range', { found: cellText(cell, timeZone), ...range });
    return ok(date);
  }
  if (typeof cell === 'number') {
    const date = plausibleSerialDate(cell, system);
    return date ? ok(date) : bad('not_a_date', { found: foundText(cell) });
  }
  if (typeof cell !== 'string') return bad('not_a_date', { found: foundText(cell, timeZone) });
  const read = parseDateText(cell);
  const found = shown(cell);
  switch (read.kind) {
    case 'date':
      return ok(read.date);
    case 'impossible':
      return bad('impossible_date', { found });
    case 'out_of_range':
      return bad('date_out_of_range', { found, ...range });
    default:
      return bad('not_a_date', { found });
  }
}
