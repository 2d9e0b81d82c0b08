import { bad, type CellRead, ok } from './cell-read';
import { cellText } from './cell-text';
import { foundText } from './found-text';
import { normalizeLabel } from './normalize-label';
import { screenCell } from './screen-cell';

/**
 * One value of a list, matched tolerantly (`Основной ` → `основной`, `ё`/`е`, dashes,
 * quotes); returns the list's own spelling. Anything else is `not_in_list`.
 *
 * @param cell - a cell value
 * @param values - the allowed values
 * @example readEnum(' Основной', ['базовый', 'основной', 'продвинутый']) // { kind: 'ok', value: 'основной' }
 */
export function readEnum<T extends string>(cell: unknown, values: readonly T[]): CellRead<T> {
  const screened = screenCell(cell);
  if (screened) return screened;
  const text = cellText(cell);
  const key = normalizeLabel(text);
  const match = values.find((v) => normalizeLabel(v) === key);
  return match === undefined ? bad('not_in_list', { found: foundText(cell), expected: values }) : ok(match);
}
