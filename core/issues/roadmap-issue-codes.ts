/**
 * Issue codes of core/roadmap; each has its Russian sentence in `roadmap-messages.ts`.
 * The `period_*` codes are also the reasons `parsePeriod` gives for a phrase it cannot read.
 */
export const periodFailureCodes = [
  'period_empty',
  'period_unknown_words',
  'period_bad_date',
  'period_reversed',
  'period_out_of_year',
  'period_bad_count',
  'period_count_mismatch',
  'period_no_date',
] as const;

export type PeriodFailureCode = (typeof periodFailureCodes)[number];

/** What `parsePeriod` says about a phrase it did read: a remark it left aside, a window outside the school year. */
export const periodNoteCodes = ['period_remark_ignored', 'period_outside_school_year'] as const;

export type PeriodNoteCode = (typeof periodNoteCodes)[number];

export const roadmapIssueCodes = [
  ...periodFailureCodes,
  ...periodNoteCodes,
  'roadmap_missing_header',
  'roadmap_no_items',
  'roadmap_missing_item_number',
  'roadmap_bad_item_number',
  'roadmap_item_number_was_date',
  'roadmap_duplicate_item',
  'roadmap_missing_title',
  'roadmap_unknown_reporter',
  'roadmap_unknown_kind',
  'roadmap_unknown_status',
  'roadmap_bad_done_date',
  'roadmap_builtin_other_year',
  'roadmap_item_numbered',
  'roadmap_reporters_derived',
  'roadmap_kind_derived',
] as const;

export type RoadmapIssueCode = (typeof roadmapIssueCodes)[number];
