import type { IssueCode, IssueParamsOf } from './issue-code';
import type { Shell } from './shell';

/**
 * Russian sentences for a set of issue codes, each typed by its code's parameters: a missing
 * code, or a message reading a parameter its code does not declare, fails to compile.
 */
export type MessageCatalogue<C extends IssueCode> = {
  readonly [K in C]: (params: IssueParamsOf<K>, shell: Shell) => string;
};
