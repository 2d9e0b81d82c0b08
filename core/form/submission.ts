import type { IsoDate } from '../dates/iso-date';
import type { RowStatus } from '../roadmap/row-status';
import type { Evidence } from '../values/evidence';

/**
 * An organisation's form as the reader understands it. Every value is either valid or
 * `null` (blank, or wrong: an issue says so), so an indicator uses a field when it is not null.
 */
export interface Submission {
  readonly code: string;
  readonly tab: string;
  /** Nothing entered outside the locked and add-on-written cells. */
  readonly empty: boolean;
  readonly responsible: Responsible;
  /** Section 3, ООО only; `null` for other types. */
  readonly profminimum: Profminimum | null;
  readonly roadmap: readonly RoadmapRow[];
  readonly events: readonly EventRow[];
  readonly training: readonly TrainingRow[];
  readonly decisions: readonly DecisionRow[];
}

export interface Responsible {
  readonly fullName: string | null;
  readonly position: string | null;
  /** Normalised `+7 XXX XXX-XX-XX`. */
  readonly phone: string | null;
  readonly email: string | null;
  readonly orderNumber: string | null;
  readonly orderDate: IsoDate | null;
  /** 1-based row of `ФИО`, to point at. */
  readonly row: number | null;
}

export const levels = ['базовый', 'основной', 'продвинутый'] as const;
export type Level = (typeof levels)[number];

export interface PlannedHours {
  readonly lessons: number | null;
  readonly extracurricular: number | null;
  readonly upbringing: number | null;
  readonly additional: number | null;
  readonly vocational: number | null;
  readonly parents: number | null;
}

export interface Profminimum {
  readonly level: Level | null;
  readonly pupils69: number | null;
  readonly pupils1011: number | null;
  readonly covered69: number | null;
  readonly covered1011: number | null;
  readonly bvbRegistered: number | null;
  readonly diagnostics: number | null;
  readonly trials: number | null;
  readonly hours: PlannedHours;
  readonly navigators: number | null;
  /** Blank means none (0). */
  readonly engineeringClasses: number | null;
  readonly engineeringPupils: number | null;
}

/** A row of section 4: one roadmap item window. */
export interface RoadmapRow {
  readonly itemId: string;
  /** 1-based window index (`3.2/2` → 2). */
  readonly window: number;
  /** Blank is `не начато`; `null` when the value is not one of the list. */
  readonly status: RowStatus | null;
  readonly doneOn: IsoDate | null;
  readonly evidence: Evidence | null;
  readonly comment: string;
  readonly row: number;
}

/** A row of section 5. */
export interface EventRow {
  /** The roadmap item matched by the leading number, or null when unmatched. */
  readonly itemId: string | null;
  readonly title: string;
  readonly date: IsoDate | null;
  /** Grades as written and parsed (`6-9` → [6,7,8,9]); empty for ДОО or blank. */
  readonly grades: readonly number[];
  readonly participants: number | null;
  readonly winners: number | null;
  readonly evidence: Evidence | null;
  readonly row: number;
}

/** A row of section 6. */
export interface TrainingRow {
  readonly fullName: string | null;
  readonly programme: string | null;
  readonly hours: number | null;
  readonly finishedOn: IsoDate | null;
  readonly document: Evidence | null;
  readonly row: number;
}

/** A row of section 7 kept by recommendation code. */
export interface DecisionRow {
  /** The recommendation code the add-on wrote (kept hidden beside the text). */
  readonly code: string;
  readonly recommendation: string;
  readonly decision: string;
  readonly document: string;
  readonly row: number;
}
