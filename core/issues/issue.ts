import type { IssueCode } from './issue-code';

export type Severity = 'error' | 'warning' | 'info';

/** Parameters of an issue: the figures and texts its message is made of. */
export type IssueParams = Readonly<Record<string, string | number>>;

/**
 * A problem found in a tab, as data: no text. `row` and `column` are 1-based and both
 * `null` when the issue stands at no cell (a missing tab, a deleted section).
 * The Russian sentence is made late by `formatIssue`.
 */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly tab: string;
  readonly row: number | null;
  readonly column: number | null;
  /** The organisation's `Код` the issue concerns, when there is one. */
  readonly org?: string;
  readonly params: IssueParams;
}
