import type { SheetData } from '../grid/sheet-data';
import { typedCells, valueKey } from './typed-cells';

function fnv1a(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * A fingerprint of the values a school typed into an organisation tab (`typedCells`), as a
 * multiset: where they stand does not count, so a tab laid out again by a template upgrade or a
 * summary keeps its fingerprint, and a value typed, changed or removed changes it. `split` records
 * it in the file it sends and `collect` in the book, to know whether the book's tab was changed
 * after the file went out (then nothing of it may be lost: design §10). 16 hex digits (two FNV-1a).
 *
 * @param sheet - the tab as read
 * @param timeZone - the zone of its `Date` cells
 * @example enteredFingerprint(templateTab, 'UTC') === enteredFingerprint(sameTabLaidOutAgain, 'UTC') // true
 */
export function enteredFingerprint(sheet: SheetData, timeZone: string): string {
  const keys = typedCells(sheet, timeZone)
    .map((cell) => valueKey(cell.value))
    .sort()
    .join('\u0000');
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `${hex(fnv1a(keys, 0x811c9dc5))}${hex(fnv1a(keys, 0x050c5d1f))}`;
}
