/** Issue codes of core/form; each has its Russian sentence in `form-messages.ts`. */
export const formIssueCodes = ['form_placeholder'] as const;

export type FormIssueCode = (typeof formIssueCodes)[number];
