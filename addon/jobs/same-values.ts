import type { OutValue } from '../../core/grid/output-sheet';
import { serialOf } from '../adapter/cell-data';

function norm(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'object') {
    const v = value as OutValue & object;
    if ('kind' in v) {
      if (v.kind === 'date') return `n:${serialOf(v.date)}`;
      if (v.kind === 'datetime') return `dt:${v.date} ${v.time}`;
      if (v.kind === 'link') return `s:${v.text || v.url}`;
    }
    return 'o';
  }
  if (typeof value === 'number') return `n:${Math.round(value * 1e6) / 1e6}`;
  if (typeof value === 'boolean') return `b:${value}`;
  return `s:${String(value)}`;
}

function trimmed(rows: readonly (readonly unknown[])[]): string[][] {
  const out = rows.map((row) => {
    const cells = row.map(norm);
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
  // Blank rows do not count: the template adds spare rows below what a school entered, so a
  // tab that only lacks spare rows holds the same content.
  return out.filter((row) => row.length > 0);
}

/**
 * Whether a tab as read already holds exactly the values the add-on would write (dates as serials,
 * trailing blanks and blank rows ignored): then tab creation leaves it alone and writes nothing.
 *
 * @param wanted - the rows to write
 * @param actual - the values read (`Values.batchGet`, unformatted)
 */
export function sameValues(wanted: readonly (readonly OutValue[])[], actual: readonly (readonly unknown[])[]): boolean {
  const a = trimmed(wanted);
  const b = trimmed(actual);
  return (
    a.length === b.length &&
    a.every((row, r) => row.length === b[r]!.length && row.every((cell, c) => cell === b[r]![c]))
  );
}
