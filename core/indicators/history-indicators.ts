import { type IndicatorKey, indicatorsShown } from './indicator-catalogue';
import type { Stats } from './stats';

/** A key of an indicator kept in `История` (shown at `history` in the catalogue). */
export type HistoryIndicator = IndicatorKey;

/**
 * The indicators kept in `История`, in the catalogue's order: those it shows at `history`.
 *
 * @example historyIndicators().includes('levels.basic') // true
 */
export function historyIndicators(): IndicatorKey[] {
  return indicatorsShown('history');
}

/**
 * Numerator and denominator of one indicator of an area, as `История` keeps them (for the ООО by
 * level: the ООО at that level over the ООО expected).
 *
 * @param stats - the area's figures
 * @param indicator - the key
 * @example historyFigure(city, 'coverage') // { numerator: 76641, denominator: 80500 }
 */
export function historyFigure(stats: Stats, indicator: IndicatorKey): { numerator: number; denominator: number } {
  const { numerator, denominator } = stats.figures[indicator];
  return { numerator, denominator };
}
