import type { OrgCheck } from '../check/check-report';
import { levelCheck } from '../form/level-check';
import type { Profminimum } from '../form/submission';
import { type Figure, figureOfPart } from './figure';
import { type IndicatorKey, indicatorKeys, indicatorSpec } from './indicator-catalogue';
import { type OrgFacts, type OrgStatsContext, orgComputations, outOfScope, type PupilBands } from './org-computations';
import type { OrgPair } from './org-pairs';
import { type Stats, statsOf } from './stats';

export {
  hasTrainedTeacher,
  type OrgStatsContext,
  type PupilBands,
} from './org-computations';

/**
 * Pupils 6–9 and 10–11 as the figures count them: the directory's ОО-1 counts where given, else the
 * school's own (design §5, «Denominators»).
 *
 * @param check - the organisation's check (its directory row)
 * @param pm - section 3 as read
 * @example pupilBands(check, pm) // { p69: 448, p1011: 119, fromOo1: true }
 */
export function pupilBands(check: OrgCheck, pm: Profminimum): PupilBands {
  const { pupils69, pupils1011 } = check.org;
  return {
    p69: pupils69 ?? pm.pupils69,
    p1011: pupils1011 ?? pm.pupils1011,
    fromOo1: (pupils69 !== null && pupils69 !== undefined) || (pupils1011 !== null && pupils1011 !== undefined),
  };
}

/**
 * One organisation as its figures see it: its report, section 3, level check, pupils and item
 * windows, worked out once for every computation.
 *
 * @param check - the organisation's check
 * @param pairs - its item windows with statuses (`orgPairs`)
 * @param ctx - report date, thresholds, deadline and `Состояние`
 * @example orgFacts(check, pairs, ctx).pupils // 567
 */
function orgFacts(check: OrgCheck, pairs: readonly OrgPair[], ctx: OrgStatsContext): OrgFacts {
  const sub = check.status === 'missing' || check.status === 'empty' ? null : check.submission;
  const isSchool = check.org.type === 'ООО';
  const pm = isSchool ? (sub?.profminimum ?? null) : null;
  const bands = pm ? pupilBands(check, pm) : null;
  const pupils = bands && bands.p69 !== null && bands.p1011 !== null ? bands.p69 + bands.p1011 : null;
  const ownPupils = pm && pm.pupils69 !== null && pm.pupils1011 !== null ? pm.pupils69 + pm.pupils1011 : null;
  const roadmap = { done: 0, due: 0, overdue: 0, noDeadline: 0 };
  for (const pair of pairs) {
    if (pair.window === null) roadmap.noDeadline += 1;
    if (pair.status === 'overdue') roadmap.overdue += 1;
    if (pair.window === null || pair.status === 'not_participating' || !(pair.window.end < ctx.asOf)) continue;
    roadmap.due += 1;
    if (pair.status === 'done_on_time' || pair.status === 'done_late') roadmap.done += 1;
  }
  return { check, sub, isSchool, pm, level: levelCheck(pm, ctx.thresholds), bands, pupils, ownPupils, roadmap, ctx };
}

/**
 * The indicators of one organisation (design §6), shaped like a district's so they add up: every
 * indicator of the catalogue, left out when the organisation is not among those it is about
 * (`outOfScope`), else through its computation (`orgComputations`), with the reason when the
 * organisation is not counted.
 *
 * @param check - the organisation's check
 * @param pairs - its item windows with statuses (`orgPairs`)
 * @param ctx - report date, thresholds, deadline and `Состояние`
 * @example orgStats(check, pairs, ctx).coverage // { numerator: 120, denominator: 150, value: 0.8, contributors: 1 }
 */
export function orgStats(check: OrgCheck, pairs: readonly OrgPair[], ctx: OrgStatsContext): Stats {
  const facts = orgFacts(check, pairs, ctx);
  const figures = {} as Record<IndicatorKey, Figure>;
  for (const key of indicatorKeys()) {
    const out = outOfScope(indicatorSpec(key).about, facts);
    figures[key] = figureOfPart(key, out ? { excluded: out } : orgComputations[key](facts));
  }
  const { status } = check;
  const base = {
    expected: 1,
    expectedByType: { ООО: 0, ДОО: 0, ОДО: 0, [check.org.type]: 1 },
    submitted: status === 'submitted' ? 1 : 0,
    empty: status === 'empty' ? 1 : 0,
    missing: status === 'missing' ? 1 : 0,
  };
  return statsOf(base, figures);
}
