/**
 * A number as a Russian text writes it: a decimal comma, at most two decimals, thousands apart by a
 * no-break space (`1 234`, `41 661`), as the report's figures are written.
 *
 * @param n - the number
 * @example formatNumber(41661) // '41 661'
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.round(n * 100) / 100;
  const [whole = '', fraction] = String(Math.abs(rounded)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${rounded < 0 ? '−' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}
