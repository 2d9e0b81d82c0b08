import type { CheckReport, OrgStatus } from '../check/check-report';
import { schoolYearLabel } from '../dates/school-year';
import type { OrgType } from '../directory/organisation';
import type { Recommendation } from '../recommendations/recommendation';
import type { RoadmapStatus } from '../roadmap/roadmap-item';
import type { Indicators } from '../indicators/compute-indicators';
import type { StatusCounts, WindowExecution } from '../indicators/roadmap-execution';
import type { Stats } from '../indicators/stats';

/** An organisation's figures with who it is. */
export interface OrgSummary extends Stats {
  readonly name: string;
  readonly type: OrgType;
  readonly district: string;
  readonly status: OrgStatus;
}

/** `summary --json` (design §8): extra fields beyond the design's are additive. */
export interface SummaryJson {
  readonly asOf: string;
  readonly schoolYear: string;
  readonly city: Stats;
  readonly districts: Readonly<Record<string, Stats>>;
  readonly orgs: Readonly<Record<string, OrgSummary>>;
  readonly roadmap: readonly {
    readonly id: string;
    readonly window: number;
    readonly title: string;
    readonly start: string;
    readonly end: string;
    readonly total: number;
    readonly counts: StatusCounts;
    readonly committee: RoadmapStatus | null;
  }[];
  readonly recommendations: readonly Recommendation[];
  /** What «Сдали в срок» rests on: `Срок сдачи` (null: not set) and whether `Состояние` held first-submission dates. */
  readonly onTimeBasis: { readonly deadline: string | null; readonly stateKept: boolean };
}

/**
 * The summary as one JSON document: the city, each district, each organisation, the roadmap's
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
  const orgs: Record<string, OrgSummary> = {};
  for (const { org, status } of report.orgs) {
    const stats = indicators.orgs.get(org.code);
    if (stats) orgs[org.code] = { ...stats, name: org.name, type: org.type, district: org.district, status };
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
