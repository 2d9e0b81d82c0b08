import { directoryIssueParams } from './directory-issue-codes';
import { formIssueParams } from './form-issue-codes';
import type { ParamsOf } from './param-spec';
import { roadmapIssueParams } from './roadmap-issue-codes';
import { valueIssueParams } from './value-issue-codes';

/** Every issue code of the project with the parameters it declares; each module owns its own list. */
export const issueParamSpecs = {
  ...valueIssueParams,
  ...directoryIssueParams,
  ...formIssueParams,
  ...roadmapIssueParams,
} as const;

export type IssueCode = keyof typeof issueParamSpecs;

/** The parameters an issue of code `C` carries: a missing or misspelt one fails to compile. */
export type IssueParamsOf<C extends IssueCode> = ParamsOf<(typeof issueParamSpecs)[C]>;

/** A code with its parameters, for any set of codes: `{ code: 'too_large', params: { found, max } }` | … */
export type CodedParams<C extends IssueCode = IssueCode> = {
  [K in C]: { readonly code: K; readonly params: IssueParamsOf<K> };
}[C];

/** The parameters' argument of a helper that adds an issue: optional for a code that declares none. */
export type ParamsArgs<C extends IssueCode> =
  Record<string, never> extends IssueParamsOf<C> ? [params?: IssueParamsOf<C>] : [params: IssueParamsOf<C>];
