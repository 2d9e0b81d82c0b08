import { formatCount } from '../indicators/format-count';
import type { Ratio } from '../indicators/ratio';

export { formatCount };

/** «нет данных»: a figure nobody contributed to. */
const noDataText = 'нет данных';

/**
 * A fraction as a Russian percentage with one decimal.
 *
 * @param value - 0–1, or null
 * @example formatPercent(0.8261) // '82,6 %'
 */
export function formatPercent(value: number | null): string {
  if (value === null) return noDataText;
  return `${(Math.round(value * 1000) / 10).toFixed(1).replace('.', ',')} %`;
}

/**
 * A count the organisations add up: the sum, or «нет данных» when none of them entered it (no
 * report, not an ООО…), the same rule as a share's (design §6).
 *
 * @param f - the figure
 * @example formatCountFigure({ numerator: 0, contributors: 0 }) // 'нет данных'
 */
export function formatCountFigure(f: { readonly numerator: number; readonly contributors: number }): string {
  return f.contributors > 0 ? formatCount(f.numerator) : noDataText;
}

/**
 * A figure with its parts: «82,6 % (190 из 230)».
 *
 * @param r - the figure
 * @example formatRatio({ numerator: 190, denominator: 230, value: 0.826, contributors: 2 }) // '82,6 % (190 из 230)'
 */
export function formatRatio(r: Pick<Ratio, 'numerator' | 'denominator' | 'value'>): string {
  if (r.value === null) return noDataText;
  return `${formatPercent(r.value)} (${formatCount(r.numerator)} из ${formatCount(r.denominator)})`;
}

/**
 * A change in percentage points: «+3,2 п. п.», «−1,0 п. п.», '' without a baseline.
 *
 * @param now - the current value
 * @param before - the baseline value
 * @example formatChange(0.5, 0.4) // '+10,0 п. п.'
 */
export function formatChange(now: number | null, before: number | null): string {
  if (now === null || before === null) return '';
  const points = Math.round((now - before) * 1000) / 10;
  const sign = points > 0 ? '+' : points < 0 ? '−' : '±';
  return `${sign}${Math.abs(points).toFixed(1).replace('.', ',')} п. п.`;
}
