/**
 * A count as the outputs write it: whole, thousands apart by a no-break space.
 *
 * @param n - the count
 * @example formatCount(41335) // '41 335'
 */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}
