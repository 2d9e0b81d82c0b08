import type { OrgCheck } from '../check/check-report';
import type { IsoDate } from '../dates/iso-date';
import type { Thresholds } from '../directory/settings';
import type { LevelCheck } from '../form/level-check';
import type { Profminimum, Responsible, Submission, TrainingRow } from '../form/submission';
import type { Exclusion, OrgPart } from './figure';
import type { IndicatorCatalogue, Scope } from './indicator-catalogue';

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

/** Pupils 6–9 and 10–11 as the figures count them: the directory's ОО-1 count where given, else the school's. */
export interface PupilBands {
  readonly p69: number | null;
  readonly p1011: number | null;
  /** Whether either band is the directory's ОО-1 count. */
  readonly fromOo1: boolean;
}

/** One organisation as its figures see it, worked out once (`orgFacts`). */
export interface OrgFacts {
  readonly check: OrgCheck;
  /** The form as read; null when the tab is missing or empty (no report). */
  readonly sub: Submission | null;
  readonly isSchool: boolean;
  /** Section 3 of an ООО that reported, else null. */
  readonly pm: Profminimum | null;
  /** The level's confirmation by hours; null without a level or with an hour field missing. */
  readonly level: LevelCheck | null;
  readonly bands: PupilBands | null;
  /** Pupils 6–11 as counted (both bands known), else null. */
  readonly pupils: number | null;
  /** Pupils 6–11 by the school's own counts (both valid), else null. */
  readonly ownPupils: number | null;
  /** The organisation's item windows: done and due (closed before the report date), overdue, without a deadline. */
  readonly roadmap: {
    readonly done: number;
    readonly due: number;
    readonly overdue: number;
    readonly noDeadline: number;
  };
  readonly ctx: OrgStatsContext;
}

/** How one organisation's part in one figure is computed. */
export type OrgComputation = (facts: OrgFacts) => OrgPart;

/**
 * A computation for every indicator of a catalogue: the mapped type that makes an indicator added
 * to the catalogue without its computation a compile error.
 */
export type OrgComputations<C> = { readonly [K in keyof C]: OrgComputation };

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

const out = (excluded: Exclusion): OrgPart => ({ excluded });
/** Counted as one organisation: 1 of 1 when `yes`, else 0 of 1. */
const one = (yes: boolean): OrgPart => ({ numerator: yes ? 1 : 0, denominator: 1 });
/** A count the organisation adds. */
const count = (n: number): OrgPart => ({ numerator: n, denominator: 1 });

/** Section 3 of an ООО that reported, or why it cannot be counted (the scope already left out all but ООО). */
function section3(f: OrgFacts): Exclusion | null {
  if (!f.sub) return 'no_report';
  return f.pm ? null : 'fields_invalid';
}

/**
 * The organisations an indicator is not about (`about` in the catalogue), left out before its
 * computation: not an ООО; for a figure about ООО with a level, no report or no level; for one
 * about основной/продвинутый, also the базовый level.
 *
 * @param about - the indicator's scope
 * @param f - the organisation
 * @example outOfScope('higherLevelSchools', facts) // 'not_higher_level'
 */
export function outOfScope(about: Scope, f: OrgFacts): Exclusion | null {
  if (about === 'all') return null;
  if (!f.isSchool) return 'not_school';
  if (about === 'schools') return null;
  if (!f.sub) return 'no_report';
  const level = f.pm ? f.pm.level : null;
  if (!level) return 'level_not_declared';
  return about === 'higherLevelSchools' && level === 'базовый' ? 'not_higher_level' : null;
}

/** A pupil count over pupils 6–11; one above the school's own pupils is an error, one above a smaller ОО-1 count is capped at it. */
function ofPupils(f: OrgFacts, n: number | null): OrgPart {
  const gate = section3(f);
  if (gate) return out(gate);
  if (n === null || f.pupils === null || (f.ownPupils !== null && n > f.ownPupils)) {
    return out('fields_invalid');
  }
  const counted = Math.min(n, f.pupils);
  return {
    numerator: counted,
    denominator: f.pupils,
    ...(f.bands?.fromOo1 ? { oo1: { capped: n - counted } } : {}),
  };
}

/** Σ covered / Σ pupils 6–11; counted with both bands valid and covered ≤ the school's own pupils, capped per band at ОО-1. */
function coverage(f: OrgFacts): OrgPart {
  const gate = section3(f);
  if (gate || !f.pm || !f.bands) return out(gate || 'fields_invalid');
  const { covered69, covered1011, pupils69, pupils1011 } = f.pm;
  const { p69, p1011 } = f.bands;
  if (covered69 === null || covered1011 === null || p69 === null || p1011 === null) return out('fields_invalid');
  if ((pupils69 !== null && covered69 > pupils69) || (pupils1011 !== null && covered1011 > pupils1011)) {
    return out('fields_invalid');
  }
  const counted = Math.min(covered69, p69) + Math.min(covered1011, p1011);
  return {
    numerator: counted,
    denominator: p69 + p1011,
    ...(f.bands.fromOo1 ? { oo1: { capped: covered69 + covered1011 - counted } } : {}),
  };
}

const pupilCount =
  (field: 'bvbRegistered' | 'diagnostics' | 'trials'): OrgComputation =>
  (f) =>
    ofPupils(f, f.pm ? f.pm[field] : null);

const levelIs =
  (level: 'базовый' | 'основной' | 'продвинутый' | null): OrgComputation =>
  (f) =>
    one((f.pm ? f.pm.level : null) === level);

const engineering =
  (n: (pm: Profminimum | null) => number): OrgComputation =>
  (f) =>
    f.sub ? count(n(f.pm)) : out('no_report');

const events =
  (n: (sub: Submission) => number): OrgComputation =>
  (f) =>
    f.sub ? count(n(f.sub)) : out('no_report');

/**
 * How each organisation the indicator is about (`outOfScope` leaves out the others first) enters
 * each indicator of the catalogue (design §6). A missing or empty tab
 * enters `completeness`, `responsibleAssigned` (as not assigned), `roadmapDone` (as not done),
 * `onTime` and the ООО's `levels.none`, and nothing else; a field enters only when the reader found
 * it valid (not null).
 */
export const orgComputations: OrgComputations<IndicatorCatalogue> = {
  completeness: (f) => one(f.check.status === 'submitted'),
  withErrors: (f) => count(f.check.status === 'errors' ? 1 : 0),
  notSubmitted: (f) => count(f.sub ? 0 : 1),
  onTime: ({ ctx }) => {
    if (ctx.deadline === null) return out('no_deadline');
    if (!ctx.hasState) return out('no_state');
    return one(ctx.firstSubmitted !== null && ctx.firstSubmitted <= ctx.deadline);
  },
  // Named is not enough: all six fields valid (design §6 item 5); why not, where it is not.
  responsibleAssigned: (f) => {
    if (!f.sub) return { ...one(false), unmet: 'no_report' };
    return responsibleComplete(f.sub.responsible) ? one(true) : { ...one(false), unmet: 'fields_invalid' };
  },
  'levels.basic': levelIs('базовый'),
  'levels.main': levelIs('основной'),
  'levels.advanced': levelIs('продвинутый'),
  'levels.none': levelIs(null),
  coverage,
  bvbRegistered: pupilCount('bvbRegistered'),
  diagnostics: pupilCount('diagnostics'),
  trials: pupilCount('trials'),
  levelConfirmed: (f) => (f.level ? one(f.level.confirmed) : out('fields_invalid')),
  trainedAtHigherLevels: (f) => one(f.sub !== null && hasTrainedTeacher(f.sub.training, f.ctx.thresholds.training)),
  roadmapDone: ({ roadmap }) =>
    roadmap.due > 0 ? { numerator: roadmap.done, denominator: roadmap.due } : out('nothing_due'),
  overdue: ({ roadmap }) => count(roadmap.overdue),
  noDeadline: ({ roadmap }) => count(roadmap.noDeadline),
  'events.takingPart': (f) => (f.sub ? one(f.sub.events.length > 0) : out('no_report')),
  'events.participants': events((sub) => sub.events.reduce((n, e) => n + (e.participants || 0), 0)),
  'events.winners': events((sub) => sub.events.reduce((n, e) => n + (e.winners || 0), 0)),
  'engineering.classes': engineering((pm) => pm?.engineeringClasses || 0),
  'engineering.pupils': engineering((pm) => pm?.engineeringPupils || 0),
  'engineering.schools': engineering((pm) => (pm?.engineeringClasses ? 1 : 0)),
};
