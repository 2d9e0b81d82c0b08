import { bad, type CellRead, shown } from './cell-read';
import { numberText } from './cell-text';
import { readNumber } from './read-number';

/** Default ceiling of hours: a school year has about 1 200 lesson hours in all. */
const defaultHoursMax = 2_000;

/**
 * Hours (planned per pupil, or of a training course): a number ≥ 0, fractions allowed
 * (`12,5`), above `max` (default 2 000) `too_large`.
 *
 * @param cell - a cell value
 * @param options - `max`: the largest plausible value
 * @example readHours('34') // { kind: 'ok', value: 34 }
 */
export function readHours(cell: unknown, options: { readonly max?: number } = {}): CellRead<number> {
  const read = readNumber(cell);
  if (read.kind !== 'ok') return read;
  const found = shown(numberText(read.value));
  if (read.value < 0) return bad('negative', { found });
  const max = options.max ?? defaultHoursMax;
  if (read.value > max) return bad('too_large', { found, max });
  return read;
}
