import type { SheetData } from '../grid/sheet-data';

function cellKey(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (value instanceof Date) return `d${value.getTime()}`;
  if (typeof value === 'object') return 'o';
  return `${typeof value}:${String(value)}`;
}

/**
 * A content hash of a tab's values (FNV-1a, 32 bits, hex): the hourly job re-checks only the tabs
 * whose hash changed since `Состояние` was written. Trailing blanks do not count; the cells in
 * `skip` (0-based `row,column`, e.g. the check-result line the add-on writes) are left out, so
 * writing the result does not make the tab look changed.
 *
 * @param sheet - the tab as read
 * @param skip - cells to leave out, as `row,column`
 * @example gridHash({ name: 'S1', values: [['a', 1]] }) === gridHash({ name: 'S1', values: [['a', 1, '']] }) // true
 */
export function gridHash(sheet: Pick<SheetData, 'values'>, skip: ReadonlySet<string> = new Set()): string {
  let h = 0x811c9dc5;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  sheet.values.forEach((row, r) => {
    let last = row.length - 1;
    while (last >= 0 && cellKey(row[last]) === '') last--;
    if (last < 0) return;
    mix(`\n${r}`);
    for (let c = 0; c <= last; c++) {
      if (skip.has(`${r},${c}`)) continue;
      mix(`\t${c}=${cellKey(row[c])}`);
    }
  });
  return h.toString(16).padStart(8, '0');
}
