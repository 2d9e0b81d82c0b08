import type { CheckReport } from '../check/check-report';
import type { IsoDate } from '../dates/iso-date';
import { type OrgPair, orgPairs } from './org-pairs';
import { orgStats } from './org-stats';
import { reportedWindows } from './reported-items';
import { type Stats, sumStats } from './stats';

/** The indicators at every level, and each organisation's item windows with statuses. */
export interface Indicators {
  readonly city: Stats;
  /** By district, in the order the districts first appear in the directory. */
  readonly districts: ReadonlyMap<string, Stats>;
  /** By organisation code. */
  readonly orgs: ReadonlyMap<string, Stats>;
  readonly pairs: ReadonlyMap<string, readonly OrgPair[]>;
}

/**
 * The indicators of design §6 for each organisation, district and the city: numerators and
 * denominators summed over organisations, then divided. One pass over the organisations.
 *
 * @param report - the check
 * @param firstSubmitted - first seen submitted by code, after this build's update of `Состояние`
 * @example computeIndicators(report, new Map()).city.coverage.value // 0.83
 */
export function computeIndicators(
  report: CheckReport,
  firstSubmitted: ReadonlyMap<string, IsoDate | null>,
): Indicators {
  const windows = reportedWindows(report.roadmap);
  const hasState = report.state.size > 0;
  const orgs = new Map<string, Stats>();
  const pairs = new Map<string, readonly OrgPair[]>();
  const byDistrict = new Map<string, Stats[]>();
  const all: Stats[] = [];
  for (const check of report.orgs) {
    const own = orgPairs(check, windows, report.asOf);
    const stats = orgStats(check, own, {
      asOf: report.asOf,
      thresholds: report.settings.thresholds,
      deadline: report.settings.deadline,
      hasState,
      firstSubmitted: firstSubmitted.get(check.org.code) ?? null,
    });
    orgs.set(check.org.code, stats);
    pairs.set(check.org.code, own);
    all.push(stats);
    const list = byDistrict.get(check.org.district);
    if (list) list.push(stats);
    else byDistrict.set(check.org.district, [stats]);
  }
  const districts = new Map([...byDistrict].map(([name, list]) => [name, sumStats(list)] as const));
  return { city: sumStats(all), districts, orgs, pairs };
}
