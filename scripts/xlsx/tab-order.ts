import { reservedTabNames } from '../../core/directory/reserved-tab-names';
import { normalizeLabel } from '../../core/values/normalize-label';

const listsTab = normalizeLabel('Списки');
const committeeRank = new Map(
  reservedTabNames.filter((n) => normalizeLabel(n) !== listsTab).map((n, i) => [normalizeLabel(n), i] as const),
);

/**
 * The order tabs stand in a written book: the committee and output tabs first, in the order of
 * `reservedTabNames` (Инструкция, Настройки, Организации, Дорожная карта, Состояние, Сводка, …,
 * Журнал), then every other tab (the organisations') in the order given, the hidden lists tab last.
 *
 * @param names - the tabs as they stand
 * @example tabOrder(['S1', 'Сводка', 'Инструкция']) // ['Инструкция', 'Сводка', 'S1']
 */
export function tabOrder(names: readonly string[]): string[] {
  const rank = (name: string) => {
    const key = normalizeLabel(name);
    if (key === listsTab) return Number.POSITIVE_INFINITY;
    return committeeRank.get(key) ?? committeeRank.size;
  };
  return names
    .map((name, i) => ({ name, i, rank: rank(name) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((t) => t.name);
}
