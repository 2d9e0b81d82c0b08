import type { CodedParams, IssueCode, IssueParamsOf } from './issue-code';

export type Severity = 'error' | 'warning' | 'info';

/** Where an issue stands and how grave it is. */
export interface IssuePlace {
  readonly severity: Severity;
  readonly tab: string;
  /** 1-based; `null` when the issue stands at no cell (a missing tab, a deleted section). */
  readonly row: number | null;
  /** 1-based; `null` with `row`, or for a whole row. */
  readonly column: number | null;
  /** The organisation's `Код` the issue concerns, when there is one. */
  readonly org?: string;
  /** Set when the issue stands in a file read as a table (a CSV): `tab` is the file's name, `row` its line. */
  readonly file?: boolean;
  /** In a file: the header of the issue's column as the file has it («Тип ОО»). */
  readonly header?: string;
}

/**
 * A problem found in a tab, as data: no text. A union over the codes, so each issue carries
 * exactly the parameters its code declares (`issue-code.ts`). The Russian sentence is made late
 * by `formatIssue`.
 */
export type Issue<C extends IssueCode = IssueCode> = {
  [K in C]: IssuePlace & { readonly code: K; readonly params: IssueParamsOf<K> };
}[C];

/**
 * An issue from its code, parameters and place; for code that holds the code in a variable
 * (an object literal with a literal `code` is checked by the compiler directly).
 *
 * @param code - the issue code
 * @param params - its declared parameters
 * @param place - severity, tab, cell and organisation
 * @example issueAt('form_required', { label: 'ФИО' }, { severity: 'error', tab: 'S1', row: 5, column: 2 })
 */
export function issueAt<C extends IssueCode>(code: C, params: IssueParamsOf<C>, place: IssuePlace): Issue {
  return { ...place, code, params } as unknown as Issue;
}

/**
 * An issue from a problem already typed by its code (a reader's `bad` read, a deadline's reason).
 *
 * @param problem - the code and its parameters
 * @param place - severity, tab, cell and organisation
 * @example placedIssue(read, { severity: 'error', tab: 'S1', row: 14, column: 2 })
 */
export function placedIssue(problem: CodedParams, place: IssuePlace): Issue {
  return { ...place, code: problem.code, params: problem.params } as Issue;
}
