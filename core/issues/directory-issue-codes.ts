import type { ParamSpec } from './param-spec';

/** Issue codes of core/directory with the parameters each declares; each has its Russian sentence in `directory-messages.ts`. */
export const directoryIssueParams = {
  directory_missing: {},
  directory_header_missing: { tab: 'text', headers: 'list' },
  directory_empty: {},
  code_missing: { name: 'text' },
  code_malformed: { found: 'text' },
  code_too_long: { found: 'text', length: 'number' },
  code_duplicate: { found: 'text', firstRow: 'number' },
  code_reserved: { found: 'text' },
  name_missing: { code: 'text' },
  type_missing: { code: 'text', expected: 'list' },
  type_unknown: { found: 'text', expected: 'list' },
  district_missing: { code: 'text' },
  inn_missing: { code: 'text' },
  emails_missing: { code: 'text' },
  active_unreadable: { found: 'text' },
  settings_missing: {},
  settings_duplicate_label: { label: 'text', firstRow: 'number' },
  school_year_unreadable: { found: 'text', fallback: 'text' },
  reports_spreadsheet_unreadable: { found: 'text' },
  reports_mode_unknown: { found: 'text', fallback: 'text' },
  reports_folder_unreadable: { found: 'text' },
  threshold_not_positive: { label: 'text', found: 'text', fallback: 'number' },
  thresholds_out_of_order: { basic: 'number', main: 'number', advanced: 'number' },
  term_unreadable: { label: 'text', found: 'text' },
  term_outside_year: { label: 'text', found: 'text', schoolYear: 'text' },
  terms_overlap: { label: 'text', previous: 'text' },
  csv_empty: { tab: 'text' },
  csv_header_missing: { tab: 'text', header: 'text' },
  csv_too_many_rows: { tab: 'text', rows: 'number', max: 'number' },
  report_date_outside_school_year: { date: 'date', source: 'text', schoolYear: 'text' },
  tab_name_clash: { found: 'text', reserved: 'text' },
} as const satisfies Record<string, ParamSpec>;

export type DirectoryIssueCode = keyof typeof directoryIssueParams;
