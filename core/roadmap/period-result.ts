import type { DateWindow } from '../dates/iso-date';
import type { SchoolYear } from '../dates/school-year';
import type { TermDates } from '../dates/school-terms';
import type { IssueParams, Severity } from '../issues/issue';
import type { PeriodFailureCode, PeriodNoteCode } from '../issues/roadmap-issue-codes';

/** Something `parsePeriod` says about a phrase it did read: an ignored remark (info), a window outside the school year (warning). */
export interface PeriodNote {
  readonly code: PeriodNoteCode;
  readonly severity: Exclude<Severity, 'error'>;
  readonly params: IssueParams;
}

/**
 * What `parsePeriod` returns: the windows (with notes when there is something to say), or why
 * the phrase gives none — never a guess. `period_no_date` is a phrase that names no date at
 * all («по отдельному плану»): the item has no deadline, and the roadmap tab warns.
 */
export type PeriodResult =
  | { readonly ok: true; readonly windows: DateWindow[]; readonly notes?: readonly PeriodNote[] }
  | { readonly ok: false; readonly reason: PeriodFailureCode; readonly params: IssueParams };

/** A failure for one phrase, with the phrase as `words`. */
export function periodFailure(
  reason: PeriodFailureCode,
  words: string,
  extra: IssueParams = {},
): { readonly ok: false; readonly reason: PeriodFailureCode; readonly params: IssueParams } {
  return { ok: false, reason, params: { words, ...extra } };
}

/** What every phrase rule is read with. */
export interface PeriodContext {
  readonly year: SchoolYear;
  /** Exact term dates of the settings' school year. */
  readonly terms: TermDates;
  /** The phrase as written, for messages. */
  readonly words: string;
}

/**
 * One phrase read: its windows, and whether they only set the scope («в течение года»,
 * «ежегодно»: the whole school year), which a more precise phrase of the same cell replaces.
 */
export type PhraseOutcome =
  | { readonly ok: true; readonly windows: readonly DateWindow[]; readonly scope?: true }
  | { readonly ok: false; readonly reason: PeriodFailureCode; readonly params: IssueParams };

/** Windows of a phrase. */
export function windows(list: readonly DateWindow[]): PhraseOutcome {
  return { ok: true, windows: list };
}

/** The whole school year as a scope. */
export function scope(list: readonly DateWindow[]): PhraseOutcome {
  return { ok: true, windows: list, scope: true };
}
