import { committeeTabNames, outputTabNames, tabNames } from '../grid/tab-names';
import { normalizeLabel } from '../values/normalize-label';

/** Names of the committee and output tabs: no organisation code may take one of them. */
export const reservedTabNames = [
  ...committeeTabNames,
  ...outputTabNames,
  tabNames.lists,
  tabNames.marker,
  tabNames.reportCache,
] as const;

const reserved = new Set(reservedTabNames.map((name) => normalizeLabel(name)));

/**
 * Whether a tab name is one of the committee or output tabs, whatever the case.
 *
 * @param name - a tab name or an organisation code
 * @example isReservedTabName('сводка') // true
 */
export function isReservedTabName(name: string): boolean {
  return reserved.has(normalizeLabel(name));
}

/** A tab name as Sheets and Excel compare names, plus ё = е: trimmed, whatever the case. */
function clashKey(name: string): string {
  return name.trim().toLowerCase().replace(/ё/g, 'е');
}

/**
 * The first tab of a book whose name matches a tab about to be written (an output, `Состояние`,
 * `Списки`) case-insensitively and with ё = е, but is not spelt the same: a user's own tab
 * («проверка», «история») that writing would replace or clash with. Tabs spelt exactly as an
 * output are earlier outputs and are replaced in place, as designed.
 *
 * @param existing - the book's tab names
 * @param written - the names about to be written
 * @example tabNameClash(['Организации', 'проверка'], ['Проверка']) // { found: 'проверка', reserved: 'Проверка' }
 */
export function tabNameClash(
  existing: readonly string[],
  written: readonly string[],
): { readonly found: string; readonly reserved: string } | null {
  const byKey = new Map(written.map((name) => [clashKey(name), name]));
  for (const found of existing) {
    const reserved = byKey.get(clashKey(found));
    if (reserved !== undefined && reserved !== found) return { found, reserved };
  }
  return null;
}
