/** Issue codes of core/form; each has its Russian sentence in `form-messages.ts`. */
export const formIssueCodes = [
  // workbook
  'form_tab_missing',
  'form_tabs_unmatched',
  'form_roadmap_refused',
  // structure
  'form_section_missing',
  'form_field_missing',
  'form_headers_missing',
  'form_code_mismatch',
  'form_empty',
  'form_item_row_missing',
  'form_item_row_unknown',
  'form_item_key_missing',
  'form_item_row_duplicate',
  'form_item_key_was_date',
  // values
  'form_required',
  // профминимум
  'form_covered_exceeds_pupils',
  'form_count_exceeds_pupils',
  'form_level_hours_short',
  'form_level_course_short',
  'form_level_needs_bvb',
  'form_level_needs_trained',
  'form_pupils_differ_oo1',
  // roadmap rows
  'form_done_without_date',
  'form_done_without_evidence',
  'form_date_without_done',
  'form_done_date_future',
  'form_done_date_too_early',
  // order
  'form_order_date_future',
  // events
  'form_event_unknown',
  'form_event_not_for_type',
  'form_event_date_outside_year',
  'form_event_date_future',
  'form_event_outside_window',
  'form_event_duplicate',
  'form_winners_exceed_participants',
  'form_grades_for_preschool',
  // training
  'form_training_date_future',
  'form_training_outdated',
  // writes into the tab
  'form_write_refused_unrecognised',
  'form_write_refused_too_many',
] as const;

export type FormIssueCode = (typeof formIssueCodes)[number];
