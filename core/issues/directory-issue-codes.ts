/** Issue codes of core/directory; each has its Russian sentence in `directory-messages.ts`. */
export const directoryIssueCodes = [
  'directory_missing',
  'directory_header_missing',
  'directory_empty',
  'code_missing',
  'code_malformed',
  'code_too_long',
  'code_duplicate',
  'code_reserved',
  'name_missing',
  'type_missing',
  'type_unknown',
  'district_missing',
  'inn_missing',
  'emails_missing',
  'active_unreadable',
  'settings_missing',
  'settings_duplicate_label',
  'school_year_unreadable',
  'reports_spreadsheet_unreadable',
  'threshold_not_positive',
  'thresholds_out_of_order',
  'csv_empty',
  'csv_header_missing',
] as const;

export type DirectoryIssueCode = (typeof directoryIssueCodes)[number];
