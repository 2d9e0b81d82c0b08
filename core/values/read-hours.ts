import type { CellRead } from './cell-read';
import { readAmount } from './read-count';

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
  return readAmount(cell, options.max ?? defaultHoursMax, false);
}
