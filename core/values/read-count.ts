import { bad, type CellRead } from './cell-read';
import { foundText } from './found-text';
import { readNumber } from './read-number';

/** Default ceiling of a count: more pupils than a city has is a typing slip. */
const defaultCountMax = 100_000;

/**
 * A whole number ≥ 0 (pupils, participants, classes), read like `readNumber`; a fraction is
 * `not_whole`, below zero `negative`, above `max` (default 100 000) `too_large`.
 *
 * @param cell - a cell value
 * @param options - `max`: the largest plausible value
 * @example readCount('1 234') // { kind: 'ok', value: 1234 }
 */
export function readCount(cell: unknown, options: { readonly max?: number } = {}): CellRead<number> {
  return readAmount(cell, options.max ?? defaultCountMax, true);
}

/**
 * A number ≥ 0 and at most `max`, read like `readNumber`, whole when `whole` (counts; hours may be
 * fractions): `negative`, `not_whole`, `too_large` otherwise.
 *
 * @param cell - a cell value
 * @param max - the largest plausible value
 * @param whole - only whole numbers
 * @example readAmount('12,5', 2000, false) // { kind: 'ok', value: 12.5 }
 */
export function readAmount(cell: unknown, max: number, whole: boolean): CellRead<number> {
  const read = readNumber(cell);
  if (read.kind !== 'ok') return read;
  const found = foundText(cell);
  if (read.value < 0) return bad('negative', { found });
  if (whole && !Number.isInteger(read.value)) return bad('not_whole', { found });
  if (read.value > max) return bad('too_large', { found, max });
  return read;
}
