import type { OrgCheck } from '../check/check-report';
import type { IsoDate } from '../dates/iso-date';
import type { Thresholds } from '../directory/settings';
import type { Profminimum, Responsible, TrainingRow } from '../form/submission';
import { levelCheck } from '../form/level-check';
import type { OrgPair } from './org-pairs';
import { noData, ratio } from './ratio';
import { emptyStats, type LevelCounts, type Stats } from './stats';

/** What an organisation's figures depend on besides its own check. */
export interface OrgStatsContext {
  readonly asOf: IsoDate;
  readonly thresholds: Thresholds;
  readonly deadline: IsoDate | null;
  /** False when `Состояние` had no rows: timeliness is then «нет данных». */
  readonly hasState: boolean;
  /** First seen submitted, after this build's update of `Состояние`. */
  readonly firstSubmitted: IsoDate | null;
}

/** All six fields of section 2 valid. */
export function responsibleComplete(r: Responsible): boolean {
  return (
    r.fullName !== null &&
    r.position !== null &&
    r.phone !== null &&
    r.email !== null &&
    r.orderNumber !== null &&
    r.orderDate !== null
  );
}

/** A teacher in section 6 trained at least `hours` academic hours. */
export function hasTrainedTeacher(training: readonly TrainingRow[], hours: number): boolean {
  return training.some((t) => t.hours !== null && t.hours >= hours);
}

/** Pupils 6–9 and 10–11: the directory's ОО-1 counts where given, else the school's. */
export function pupilBands(check: OrgCheck, pm: Profminimum): { p69: number | null; p1011: number | null } {
  return { p69: check.org.pupils69 ?? pm.pupils69, p1011: check.org.pupils1011 ?? pm.pupils1011 };
}

const levelKey = { базовый: 'basic', основной: 'main', продвинутый: 'advanced' } as const;

/**
 * The indicators of one organisation (design §6), shaped like a district's so they add up.
 * A missing or empty tab contributes to `expected`, `responsibleAssigned` (as not assigned),
 * `roadmapDone` (as not done), `onTime` and the `none` level, and to nothing else; a field
 * contributes only when the reader found it valid (not null).
 *
 * @param check - the organisation's check
 * @param pairs - its item windows with statuses (`orgPairs`)
 * @param ctx - report date, thresholds, deadline and `Состояние`
 * @example orgStats(check, pairs, ctx).coverage // { numerator: 120, denominator: 150, value: 0.8, contributors: 1 }
 */
export function orgStats(check: OrgCheck, pairs: readonly OrgPair[], ctx: OrgStatsContext): Stats {
  const { org, status } = check;
  const sub = status === 'missing' || status === 'empty' ? null : check.submission;
  const isSchool = org.type === 'ООО';
  const pm = isSchool ? (sub?.profminimum ?? null) : null;

  const levelName: keyof LevelCounts = pm?.level ? levelKey[pm.level] : 'none';
  const levels: LevelCounts = { ...emptyStats.levels, ...(isSchool ? { [levelName]: 1 } : {}) };

  const confirmed = levelCheck(pm, ctx.thresholds);
  const bands = pm ? pupilBands(check, pm) : null;
  const pupils = bands && bands.p69 !== null && bands.p1011 !== null ? bands.p69 + bands.p1011 : null;
  const ownPupils = pm && pm.pupils69 !== null && pm.pupils1011 !== null ? pm.pupils69 + pm.pupils1011 : null;

  const coverage = coverageOf(pm, bands);
  // Over pupils 6–11; a count above the school's own pupils is an error and does not count; one
  // above a smaller ОО-1 count is capped at it, so a figure never passes 100 %.
  const ofPupils = (n: number | null | undefined) =>
    n === null || n === undefined || pupils === null || (ownPupils !== null && n > ownPupils)
      ? noData
      : ratio(Math.min(n, pupils), pupils, 1);

  const higher = pm?.level === 'основной' || pm?.level === 'продвинутый';
  let done = 0;
  let due = 0;
  let overdue = 0;
  let noDeadline = 0;
  for (const pair of pairs) {
    if (pair.window === null) noDeadline += 1;
    if (pair.status === 'overdue') overdue += 1;
    if (pair.window === null || pair.status === 'not_participating' || !(pair.window.end < ctx.asOf)) continue;
    due += 1;
    if (pair.status === 'done_on_time' || pair.status === 'done_late') done += 1;
  }
  const events = sub?.events ?? [];
  const engineeringClasses = pm?.engineeringClasses ?? 0;
  const onTime =
    ctx.deadline !== null && ctx.hasState
      ? ratio(ctx.firstSubmitted !== null && ctx.firstSubmitted <= ctx.deadline ? 1 : 0, 1, 1)
      : noData;

  return {
    ...emptyStats,
    expected: 1,
    expectedByType: { ООО: 0, ДОО: 0, ОДО: 0, [org.type]: 1 },
    submitted: status === 'submitted' ? 1 : 0,
    withErrors: status === 'errors' ? 1 : 0,
    empty: status === 'empty' ? 1 : 0,
    missing: status === 'missing' ? 1 : 0,
    completeness: ratio(status === 'submitted' ? 1 : 0, 1, 1),
    onTime,
    levels,
    levelConfirmed: confirmed ? ratio(confirmed.confirmed ? 1 : 0, 1, 1) : noData,
    coverage,
    bvbRegistered: ofPupils(pm?.bvbRegistered),
    diagnostics: ofPupils(pm?.diagnostics),
    trials: ofPupils(pm?.trials),
    responsibleAssigned: ratio(sub && responsibleComplete(sub.responsible) ? 1 : 0, 1, 1),
    trainedAtHigherLevels:
      higher && sub ? ratio(hasTrainedTeacher(sub.training, ctx.thresholds.training) ? 1 : 0, 1, 1) : noData,
    roadmapDone: due > 0 ? ratio(done, due, 1) : noData,
    overdue,
    noDeadline,
    events: {
      takingPart: sub ? ratio(events.length > 0 ? 1 : 0, 1, 1) : noData,
      participants: events.reduce((n, e) => n + (e.participants ?? 0), 0),
      winners: events.reduce((n, e) => n + (e.winners ?? 0), 0),
    },
    engineering: {
      classes: engineeringClasses,
      pupils: pm?.engineeringPupils ?? 0,
      schools: engineeringClasses > 0 ? 1 : 0,
    },
  };
}

/** Σ covered / Σ pupils 6–11; the school counts only with both bands valid and covered ≤ its own pupils. */
function coverageOf(pm: Profminimum | null, bands: { p69: number | null; p1011: number | null } | null) {
  if (!pm || !bands) return noData;
  const { covered69, covered1011, pupils69, pupils1011 } = pm;
  if (covered69 === null || covered1011 === null || bands.p69 === null || bands.p1011 === null) return noData;
  if ((pupils69 !== null && covered69 > pupils69) || (pupils1011 !== null && covered1011 > pupils1011)) return noData;
  // Capped per band at the ОО-1 count, which may be smaller than the school's own.
  return ratio(Math.min(covered69, bands.p69) + Math.min(covered1011, bands.p1011), bands.p69 + bands.p1011, 1);
}
