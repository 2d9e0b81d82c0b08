import type { ParamSpec } from './param-spec';

/**
 * Issue codes of core/form with the parameters each declares; each has its Russian sentence in
 * `form-messages-data.ts`. `section` is a section's title with its number; dates are ISO.
 */
export const formIssueParams = {
  // workbook
  form_tab_missing: { code: 'text' },
  form_tabs_unmatched: { tabs: 'list' },
  // structure
  form_section_missing: { section: 'text' },
  form_field_missing: { section: 'text', label: 'text' },
  form_headers_missing: { section: 'text', headers: 'list' },
  form_code_mismatch: { code: 'text', tab: 'text' },
  form_empty: {},
  form_item_row_missing: { key: 'text' },
  form_item_row_unknown: { key: 'text' },
  form_item_key_missing: {},
  form_item_row_duplicate: { key: 'text', first: 'number' },
  form_item_key_was_date: { found: 'text', key: 'text' },
  // values
  form_required: { label: 'text' },
  // профминимум
  form_covered_exceeds_pupils: { covered: 'number', pupils: 'number', band: 'text' },
  form_count_exceeds_pupils: { label: 'text', value: 'number', pupils: 'number' },
  form_level_hours_short: { level: 'text', hours: 'number', threshold: 'number' },
  form_level_course_short: { hours: 'number', course: 'number' },
  form_level_needs_bvb: { level: 'text' },
  form_level_needs_trained: { level: 'text', threshold: 'number' },
  form_pupils_differ_oo1: { band: 'text', value: 'number', oo1: 'number' },
  // roadmap rows
  form_done_without_date: { key: 'text' },
  form_done_without_evidence: { key: 'text' },
  form_date_without_done: { key: 'text', status: 'text' },
  form_done_date_future: { date: 'date', asOf: 'date' },
  form_done_date_too_early: { date: 'date', from: 'date' },
  // order
  form_order_date_future: { date: 'date', asOf: 'date' },
  // events
  form_event_unknown: { found: 'text' },
  form_event_not_for_type: { event: 'text', type: 'text' },
  form_event_date_outside_year: { date: 'date', year: 'text' },
  form_event_date_future: { date: 'date', asOf: 'date' },
  form_event_outside_window: { date: 'date', event: 'text', period: 'text' },
  form_event_duplicate: { event: 'text', date: 'date', first: 'number' },
  form_winners_exceed_participants: { winners: 'number', participants: 'number' },
  form_grades_for_preschool: {},
  // training
  form_training_date_future: { date: 'date', asOf: 'date' },
  form_training_outdated: { date: 'date' },
  // writes into the tab
  form_write_refused_unrecognised: { tab: 'text', count: 'number' },
  form_write_refused_too_many: { tab: 'text', count: 'number' },
} as const satisfies Record<string, ParamSpec>;

export type FormIssueCode = keyof typeof formIssueParams;
