import type {
  decisionsSection,
  eventsSection,
  profminimumSection,
  responsibleSection,
  roadmapSection,
  trainingSection,
} from './form-spec';
import type { SpecKey, SpecValues, TopLevel, Under } from './spec-values';

export { levels } from './form-spec';

/**
 * An organisation's form as the reader understands it. Every value is either valid or
 * `null` (blank, or wrong: an issue says so), so an indicator uses a field when it is not null.
 * The sections' shapes are derived from `form-spec.ts`: a field added there is a field here, and
 * its reader must fill it before anything compiles.
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

/** Section 2 by key (`phone` normalised `+7 XXX XXX-XX-XX`), with the 1-based row of `ФИО` to point at. */
export type Responsible = SpecValues<typeof responsibleSection.fields> & {
  /** 1-based row of `ФИО`, to point at. */
  readonly row: number | null;
  /** Fields entered but wrong (null above, an issue at the cell says why), as against blank ones. */
  readonly invalid: readonly SpecKey<typeof responsibleSection.fields>[];
  /** What the school typed in each of the `invalid` fields, as the cell shows it (for `Ответственные`). */
  readonly typed: Readonly<Partial<Record<SpecKey<typeof responsibleSection.fields>, string>>>;
};

type ProfminimumValues = SpecValues<typeof profminimumSection.fields>;

/** Planned hours per pupil per year (`hours.*` fields of section 3). */
export type PlannedHours = Under<ProfminimumValues, 'hours'>;

/** Section 3 by key, the `hours.*` fields grouped under `hours`; optional counts blank mean 0. */
export type Profminimum = TopLevel<ProfminimumValues> & { readonly hours: PlannedHours };

type RoadmapValues = SpecValues<typeof roadmapSection.columns>;

/** A row of section 4: one roadmap item window (the locked columns are the roadmap's). */
export type RoadmapRow = Omit<RoadmapValues, 'key' | 'title' | 'period' | 'comment' | 'status'> & {
  readonly itemId: string;
  /** 1-based window index (`3.2/2` → 2). */
  readonly window: number;
  /** Blank is `не начато`; `null` when the value is not one of the list. */
  readonly status: RoadmapValues['status'];
  readonly comment: string;
  readonly row: number;
};

/** A row of section 5. */
export type EventRow = Omit<SpecValues<typeof eventsSection.columns>, 'event' | 'grades'> & {
  /** The roadmap item matched by the leading number, or null when unmatched. */
  readonly itemId: string | null;
  /** The `Мероприятие` cell as written. */
  readonly title: string;
  /** Grades as written and parsed (`6-9` → [6,7,8,9]); empty for ДОО or blank. */
  readonly grades: readonly number[];
  readonly row: number;
};

/** A row of section 6. */
export type TrainingRow = SpecValues<typeof trainingSection.columns> & { readonly row: number };

/** A row of section 7 kept by its recommendation key. */
export type DecisionRow = { readonly [K in SpecKey<typeof decisionsSection.columns>]: string } & {
  /** The recommendation key the add-on wrote (kept hidden beside the text): `code` or `code:subject`. */
  readonly code: string;
  readonly row: number;
};
