import type { DateWindow } from '../dates/iso-date';
import type { IssueParams } from '../issues/issue';
import type { PeriodFailureCode } from '../issues/roadmap-issue-codes';

/** What `parsePeriod` returns: the windows, or why the phrase could not be read (never a guess). */
export type PeriodResult =
  | { readonly ok: true; readonly windows: DateWindow[] }
  | { readonly ok: false; readonly reason: PeriodFailureCode; readonly params: IssueParams };

/** A failure for one phrase, with the phrase as `words`. */
export function periodFailure(reason: PeriodFailureCode, words: string, extra: IssueParams = {}): PeriodResult {
  return { ok: false, reason, params: { words, ...extra } };
}
