/**
 * Row `r` of a grid as an array, whatever the grid holds there (a hole, null, a non-array
 * from a broken adapter): readers index it without a guard.
 *
 * @param rows - the grid
 * @param r - 0-based row
 * @example gridRow([['a'], null as never], 1) // []
 */
export function gridRow(rows: readonly (readonly unknown[])[], r: number): readonly unknown[] {
  const row: unknown = rows[r];
  return Array.isArray(row) ? row : [];
}
