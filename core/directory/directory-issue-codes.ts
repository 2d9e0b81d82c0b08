/** Issue codes of core/directory; each has its Russian sentence in `directory-messages.ts`. */
export const directoryIssueCodes = ['directory_placeholder'] as const;

export type DirectoryIssueCode = (typeof directoryIssueCodes)[number];
