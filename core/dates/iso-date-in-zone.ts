import type { IsoDate } from './iso-date';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The calendar date of an instant in a time zone. A `Date` cell read through Apps Script is
 * midnight in the spreadsheet's zone; one read by exceljs is midnight UTC: pass the zone the
 * adapter declares and both give the date the user typed. Returns null for an invalid date
 * or an unknown zone.
 *
 * @param instant - the instant
 * @param timeZone - an IANA zone, e.g. `Asia/Yekaterinburg`
 * @example isoDateInZone(new Date('2023-10-30T19:00:00Z'), 'Asia/Yekaterinburg') // '2023-10-31'
 */
export function isoDateInZone(instant: Date, timeZone: string): IsoDate | null {
  if (Number.isNaN(instant.getTime())) return null;
  if (timeZone === 'UTC') return instant.toISOString().slice(0, 10);
  try {
    const parts = formatterFor(timeZone).formatToParts(instant);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}`;
  } catch {
    return null;
  }
}
