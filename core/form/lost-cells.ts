import { type TypedCell, valueKey } from './typed-cells';

/**
 * The typed cells of `before` whose values are not among those of `after`, compared as multisets of
 * `valueKey`s: a value that moved is not lost, one that vanished is (design §10).
 *
 * @param before - the typed cells of the tab as it is
 * @param after - the typed cells of the tab as it will be
 * @example lostCells([{ row: 8, column: 1, value: 'Иванова' }], []) // [{ row: 8, column: 1, value: 'Иванова' }]
 */
export function lostCells(before: readonly TypedCell[], after: readonly TypedCell[]): TypedCell[] {
  const left = new Map<string, number>();
  for (const cell of after) {
    const key = valueKey(cell.value);
    left.set(key, (left.get(key) ?? 0) + 1);
  }
  const lost: TypedCell[] = [];
  for (const cell of before) {
    const key = valueKey(cell.value);
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    else lost.push(cell);
  }
  return lost;
}
