import { isoDateInZone } from '../dates/iso-date-in-zone';
import { cellText } from '../values/cell-text';

/**
 * A `Пункт` cell read: the number, one that had been turned into a date (with the guess), blank,
 * or not a number; `auto` is the number `readRoadmap` gives an unnumbered row of an order.
 */
export type ItemNumberRead =
  | { readonly kind: 'ok'; readonly id: string }
  | { readonly kind: 'auto'; readonly id: string; readonly parent: string }
  | { readonly kind: 'date'; readonly id: string; readonly shown: string }
  | { readonly kind: 'blank' }
  | { readonly kind: 'bad'; readonly shown: string };

const itemNumber = /^\d{1,3}(?:\.\d{1,3}){0,5}$/;

/**
 * Reads an item number. Text `1.2`, `1,2`, `5.1.1.` and a number 1.2 give `1.2`. A `Date`
 * is what a Russian-locale sheet makes of a typed `1.2` (1 February of the current year) or
 * `5.1.1` (5 January 2001): it is turned back, the reading in `known` preferred, else `d.m`
 * for a year 2020–2029 (the current year) and `d.m.yy` otherwise; the caller warns.
 *
 * @param cell - the cell value
 * @param timeZone - the zone of `Date` cells
 * @param known - numbers to prefer when a date reads two ways
 * @example readItemNumber(new Date('2001-01-05T00:00:00Z'), 'UTC', new Set()) // { kind: 'date', id: '5.1.1', shown: '05.01.2001' }
 */
export function readItemNumber(cell: unknown, timeZone: string, known: ReadonlySet<string>): ItemNumberRead {
  if (cell instanceof Date) {
    const iso = isoDateInZone(cell, timeZone);
    if (iso === null) return { kind: 'bad', shown: 'Invalid Date' };
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    const short = `${day}.${month}`;
    const long = `${day}.${month}.${year % 100}`;
    const id = known.has(short) ? short : known.has(long) ? long : year >= 2020 && year <= 2029 ? short : long;
    return { kind: 'date', id, shown: cellText(cell, timeZone) };
  }
  const text = cellText(cell, timeZone);
  if (text === '')
    return cell === null || cell === undefined || typeof cell === 'string' ? { kind: 'blank' } : bad(cell);
  const id = text.replace(/\s+/g, '').replace(/,/g, '.').replace(/\.$/, '');
  return itemNumber.test(id) ? { kind: 'ok', id } : { kind: 'bad', shown: text };
}

function bad(cell: unknown): ItemNumberRead {
  return { kind: 'bad', shown: typeof cell === 'number' ? String(cell) : typeof cell };
}
