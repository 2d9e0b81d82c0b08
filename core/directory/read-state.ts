import type { DateSystem } from '../dates/serial-date';
import type { IsoDate } from '../dates/iso-date';
import type { SheetData } from '../grid/sheet-data';
import { cellText } from '../values/cell-text';
import { normalizeLabel } from '../values/normalize-label';
import { readDate } from '../values/read-date';
import { gridRow } from './grid-row';
import type { OrgState } from './org-state';
import { stateHeaders } from './state-sheet';

/**
 * Reads the hidden `Состояние` tab written by `stateSheet`: columns found by header; a row
 * without a code is skipped; an unreadable date or hash is null (the tab is the add-on's
 * own memory, so nothing here is the user's to fix). A missing tab is no state at all.
 *
 * @param sheet - the tab, or undefined
 * @param timeZone - the zone of `Date` cells, should a user have retyped a date
 * @param dateSystem - how the workbook counts serial day numbers
 * @example readState(undefined) // []
 */
export function readState(sheet: SheetData | undefined, timeZone = 'UTC', dateSystem: DateSystem = '1900'): OrgState[] {
  if (!sheet) return [];
  const keys = stateHeaders.map((h) => normalizeLabel(h));
  let headerRow = -1;
  let columns = [0, 1, 2, 3];
  for (let r = 0; r < Math.min(sheet.values.length, 5) && headerRow < 0; r++) {
    const row = gridRow(sheet.values, r).map((c) => normalizeLabel(cellText(c)));
    if (row.includes(keys[0] ?? '')) {
      headerRow = r;
      columns = keys.map((k, i) => (row.indexOf(k) >= 0 ? row.indexOf(k) : i));
    }
  }
  const [codeCol = 0, firstCol = 1, hashCol = 2, reminderCol = 3] = columns;
  const date = (cell: unknown): IsoDate | null => {
    const read = readDate(cell, timeZone, dateSystem);
    return read.kind === 'ok' ? read.value : null;
  };
  const states: OrgState[] = [];
  const seen = new Set<string>();
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const row = gridRow(sheet.values, r);
    const code = cellText(row[codeCol]);
    if (code === '' || seen.has(code.toLowerCase())) continue;
    seen.add(code.toLowerCase());
    const hash = cellText(row[hashCol]);
    states.push({
      code,
      firstSubmitted: date(row[firstCol]),
      hash: hash === '' ? null : hash,
      lastReminder: date(row[reminderCol]),
    });
  }
  return states;
}
