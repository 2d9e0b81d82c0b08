import { committeeTabNames, outputTabNames, tabNames } from '../grid/tab-names';
import { normalizeLabel } from '../values/normalize-label';

/** Names of the committee and output tabs: no organisation code may take one of them. */
export const reservedTabNames = [...committeeTabNames, ...outputTabNames, tabNames.lists] as const;

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
