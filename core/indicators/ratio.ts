/**
 * A figure as numerator / denominator: summed over organisations, then divided (never an
 * average of percentages). `value` is the unrounded fraction, `null` with no contributors or
 * a zero denominator («нет данных»).
 */
export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
  readonly value: number | null;
  /** Organisations whose data entered the figure. */
  readonly contributors: number;
}

/**
 * A figure from its parts; `value` is null when nobody contributed or the denominator is 0.
 *
 * @param numerator - the sum of numerators
 * @param denominator - the sum of denominators
 * @param contributors - organisations counted
 * @example ratio(3, 4, 2) // { numerator: 3, denominator: 4, value: 0.75, contributors: 2 }
 */
export function ratio(numerator: number, denominator: number, contributors: number): Ratio {
  const value = contributors > 0 && denominator > 0 ? numerator / denominator : null;
  return { numerator, denominator, value, contributors };
}
