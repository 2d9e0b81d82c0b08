/** Issue codes of core/values; each has its Russian sentence in `value-messages.ts`. */
export const valueIssueCodes = ['value_placeholder'] as const;

export type ValueIssueCode = (typeof valueIssueCodes)[number];
