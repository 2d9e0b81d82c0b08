import { type CellRead, ok } from './cell-read';
import { cellText } from './cell-text';
import { screenCell } from './screen-cell';

/**
 * Free text (a name, a position, a comment): what the cell shows, trimmed; numbers, dates
 * and booleans as shown. Formula errors and non-values are bad, like in every reader.
 *
 * @param cell - a cell value
 * @param timeZone - the zone in which `Date` cells stand for midnight
 * @example readText('  Иванова Анна Петровна ') // { kind: 'ok', value: 'Иванова Анна Петровна' }
 */
export function readText(cell: unknown, timeZone = 'UTC'): CellRead<string> {
  const screened = screenCell(cell);
  if (screened) return screened;
  return ok(cellText(cell, timeZone));
}
