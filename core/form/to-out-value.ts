import { isoDateInZone } from '../dates/iso-date-in-zone';
import type { OutValue } from '../grid/output-sheet';
import type { SheetData } from '../grid/sheet-data';
import { isBlankCell } from './form-text';

/**
 * A cell as a value to write back: text stays text, numbers and booleans stay, a `Date`
 * becomes the calendar date it shows, a cell with a link stays a link.
 *
 * @param cell - a cell value
 * @param link - its hyperlink, if any
 * @param timeZone - the zone of `Date` cells
 * @example toOutValue(new Date('2024-02-01T00:00:00Z'), null, 'UTC') // { kind: 'date', date: '2024-02-01' }
 */
export function toOutValue(cell: unknown, link: string | null | undefined, timeZone: string): OutValue {
  if (isBlankCell(cell)) return link ? { kind: 'link', url: link, text: link } : null;
  // A tab about to be written, seen as read (`asSheetData`), holds its dates as the add-on writes them.
  const kind = (cell as { kind?: unknown } | null)?.kind;
  if (kind === 'date' || kind === 'datetime') return cell as OutValue;
  if (link) return { kind: 'link', url: link, text: cellString(cell, timeZone) };
  if (typeof cell === 'string' || typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : String(cell);
  if (cell instanceof Date) {
    const date = isoDateInZone(cell, timeZone);
    return date ? { kind: 'date', date } : null;
  }
  return cellString(cell, timeZone);
}

function cellString(cell: unknown, timeZone: string): string {
  if (cell instanceof Date) return isoDateInZone(cell, timeZone) ?? '';
  if (typeof cell === 'object' && cell !== null) {
    try {
      return JSON.stringify(cell)?.slice(0, 32_767) ?? '';
    } catch {
      return '';
    }
  }
  return String(cell);
}

/**
 * Whether a row holds nothing at all: no value, no link.
 *
 * @param sheet - the tab
 * @param r - 0-based row
 * @example isBlankRow({ name: 'S', values: [[null, ' ']] }, 0) // true
 */
export function isBlankRow(sheet: SheetData, r: number): boolean {
  const row = sheet.values[r];
  if (!Array.isArray(row)) return true;
  const links = sheet.links?.[r];
  return row.every((v, c) => isBlankCell(v) && !links?.[c]);
}
