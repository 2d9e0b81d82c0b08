import type { CheckReport } from '../check/check-report';
import type { Indicators } from '../indicators/compute-indicators';
import type { Recommendation } from './recommendation';
import { recommend } from './recommend';

/**
 * Every organisation's recommendations, by code, in directory order.
 *
 * @param report - the check
 * @param indicators - its indicators (each organisation's item windows)
 * @example recommendAll(report, indicators).get('S108') // [{ code: 'has_errors', … }, …]
 */
export function recommendAll(
  report: CheckReport,
  indicators: Pick<Indicators, 'pairs'>,
): ReadonlyMap<string, Recommendation[]> {
  const ctx = { asOf: report.asOf, thresholds: report.settings.thresholds };
  const result = new Map<string, Recommendation[]>();
  for (const check of report.orgs) {
    const code = check.org.code;
    result.set(code, recommend(check, indicators.pairs.get(code) ?? [], ctx));
  }
  return result;
}
