import type { DateWindow } from '../dates/iso-date';
import type { SchoolYear } from '../dates/school-year';
import type { TermDates } from '../dates/school-terms';
import type { Severity } from '../issues/issue';
import type { CodedParams, IssueParamsOf } from '../issues/issue-code';
import type { PeriodFailureCode, PeriodNoteCode } from '../issues/roadmap-issue-codes';

/** Something `parsePeriod` says about a phrase it did read: an ignored remark (info), a window outside the school year (warning). */
export type PeriodNote = { readonly severity: Exclude<Severity, 'error'> } & CodedParams<PeriodNoteCode>;

/** Why a phrase gives no windows: the reason's code and the parameters it declares. */
export type PeriodFailure = {
  [C in PeriodFailureCode]: { readonly ok: false; readonly reason: C; readonly params: IssueParamsOf<C> };
}[PeriodFailureCode];

type Extra<C extends PeriodFailureCode> = Omit<IssueParamsOf<C>, 'words' | 'item'>;

/**
 * What `parsePeriod` returns: the windows (with notes when there is something to say), or why
 * the phrase gives none — never a guess. `period_no_date` is a phrase that names no date at
 * all («по отдельному плану»): the item has no deadline, and the roadmap tab warns.
 */
export type PeriodResult =
  | { readonly ok: true; readonly windows: DateWindow[]; readonly notes?: readonly PeriodNote[] }
  | PeriodFailure;

/** A failure for one phrase, with the phrase as `words` (and the other parameters its reason declares). */
export function periodFailure<C extends Exclude<PeriodFailureCode, 'period_empty'>>(
  reason: C,
  words: string,
  ...extra: Record<string, never> extends Extra<C> ? [extra?: Extra<C>] : [extra: Extra<C>]
): PeriodFailure {
  return { ok: false, reason, params: { words, ...extra[0] } } as PeriodFailure;
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
  | PeriodFailure;

/** Windows of a phrase. */
export function windows(list: readonly DateWindow[]): PhraseOutcome {
  return { ok: true, windows: list };
}

/** The whole school year as a scope. */
export function scope(list: readonly DateWindow[]): PhraseOutcome {
  return { ok: true, windows: list, scope: true };
}

/**
 * A failure as an issue's code and parameters, for the catalogue.
 *
 * @param failure - what `parsePeriod` returned
 * @example formatIssue(failureProblem(result), 'cli') // 'Срок «…» не распознан. …'
 */
export function failureProblem(failure: PeriodFailure): CodedParams<PeriodFailureCode> {
  return { code: failure.reason, params: failure.params } as CodedParams<PeriodFailureCode>;
}
