import type { IssueParams } from './issue';

/** Russian sentences for a set of issue codes: a missing code fails to compile. */
export type MessageCatalogue<Code extends string> = { readonly [K in Code]: (params: IssueParams) => string };

/** A parameter as text, `…` when absent, so a message never shows `undefined`. */
export function param(params: IssueParams, name: string): string {
  const value = params[name];
  return value === undefined ? '…' : String(value);
}
