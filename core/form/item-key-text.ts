import { isoDateInZone } from '../dates/iso-date-in-zone';

/** A `Пункт` cell read back: the key, and whether it had been turned into a date or a number. */
export interface ItemKeyRead {
  readonly key: string;
  readonly converted: boolean;
}

/**
 * The roadmap key of a `Пункт` cell. A Russian-locale sheet turns a typed `1.2` into
 * 1 February and `5.1.1` into 5 January 2001; such a `Date` is turned back into the key
 * (the one among `known` when both readings are possible), and so is a number `1.2`.
 *
 * @param cell - the cell value
 * @param timeZone - the zone of `Date` cells
 * @param known - the keys the form expects, to choose between `d.m` and `d.m.y`
 * @example itemKeyOf(new Date('2024-02-01T00:00:00Z'), 'UTC', null) // { key: '1.2', converted: true }
 */
export function itemKeyOf(cell: unknown, timeZone: string, known: ReadonlySet<string> | null): ItemKeyRead | null {
  if (typeof cell === 'string') {
    const key = cell.trim().replace(/\s+/g, '');
    return key === '' ? null : { key, converted: false };
  }
  if (typeof cell === 'number' && Number.isFinite(cell)) {
    return { key: String(Number(cell.toPrecision(12))), converted: true };
  }
  if (cell instanceof Date) {
    const iso = isoDateInZone(cell, timeZone);
    if (!iso) return null;
    const day = Number(iso.slice(8, 10));
    const month = Number(iso.slice(5, 7));
    const year = Number(iso.slice(0, 4)) % 100;
    const short = `${day}.${month}`;
    const long = `${day}.${month}.${year}`;
    const key =
      known?.has(long) && !known.has(short) ? long : year >= 1 && year <= 12 && !known?.has(short) ? long : short;
    return { key, converted: true };
  }
  return null;
}

/** The key of a `Пункт` cell as text, or null. */
export function itemKeyText(cell: unknown, timeZone: string, known: ReadonlySet<string> | null): string | null {
  return itemKeyOf(cell, timeZone, known)?.key ?? null;
}
