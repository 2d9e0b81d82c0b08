import type { CheckReport } from '../check/check-report';
import { schoolYearLabel } from '../dates/school-year';
import type { Recommendation } from '../recommendations/recommendation';
import type { Indicators } from '../indicators/compute-indicators';
import type { WindowExecution } from '../indicators/roadmap-execution';
import type { SummaryJson } from './summary-json-schema';

export type { SummaryJson } from './summary-json-schema';

/**
 * The summary as one JSON document: the city and each district (every indicator also in `figures`,
 * with who was counted), each organisation, the roadmap's
 * execution per item window (items with a deadline) and every recommendation.
 *
 * @param report - the check
 * @param indicators - `computeIndicators(...)`
 * @param execution - `roadmapExecution(...)`
 * @param recommendations - `recommendAll(...)`
 * @example summaryJson(report, indicators, execution, recs).city.coverage // { numerator: 190, denominator: 230, value: 0.826…, contributors: 2 }
 */
export function summaryJson(
  report: CheckReport,
  indicators: Indicators,
  execution: readonly WindowExecution[],
  recommendations: ReadonlyMap<string, readonly Recommendation[]>,
): SummaryJson {
  const orgs: SummaryJson['orgs'] = {};
  for (const { org, status } of report.orgs) {
    const stats = indicators.orgs.get(org.code);
    if (!stats) continue;
    const { figures: _, ...view } = stats;
    orgs[org.code] = {
      ...view,
      name: org.name,
      type: org.type,
      district: org.district,
      status,
    };
  }
  return {
    asOf: report.asOf,
    schoolYear: schoolYearLabel(report.settings.schoolYear),
    city: indicators.city,
    districts: Object.fromEntries(indicators.districts),
    orgs,
    roadmap: execution.flatMap((e) =>
      e.window
        ? [
            {
              id: e.item.id,
              window: e.index,
              title: e.item.title,
              start: e.window.start,
              end: e.window.end,
              total: e.total,
              counts: e.counts,
              committee: e.committee,
            },
          ]
        : [],
    ),
    recommendations: [...recommendations.values()].flat(),
    onTimeBasis: { deadline: report.settings.deadline, stateKept: report.state.size > 0 },
  };
}
