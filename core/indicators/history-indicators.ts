import { type RatioIndicator, ratioIndicators, type Stats } from './stats';

/** Indicators kept in `История`: every ratio, and the ООО by level over the ООО expected. */
export const historyIndicators = [
  ...ratioIndicators,
  'levels.basic',
  'levels.main',
  'levels.advanced',
  'levels.none',
] as const;
export type HistoryIndicator = (typeof historyIndicators)[number];

/** Numerator and denominator of one history indicator of an area. */
export function historyFigure(stats: Stats, indicator: HistoryIndicator): { numerator: number; denominator: number } {
  if (indicator.startsWith('levels.')) {
    const level = indicator.slice('levels.'.length) as keyof Stats['levels'];
    return { numerator: stats.levels[level], denominator: stats.expectedByType.ООО };
  }
  const figure = stats[indicator as RatioIndicator];
  return { numerator: figure.numerator, denominator: figure.denominator };
}
