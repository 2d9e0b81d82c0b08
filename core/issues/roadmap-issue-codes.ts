import type { ParamSpec } from './param-spec';

/**
 * Deadline codes: the reasons `parsePeriod` gives for a phrase it cannot read, with the phrase as
 * `words`. On the roadmap tab they carry the `item` too; `period` prints them without.
 */
const periodFailureParams = {
  period_empty: { item: 'text?' },
  period_unknown_words: { words: 'text', period: 'text?', item: 'text?' },
  period_bad_date: { words: 'text', item: 'text?' },
  period_reversed: { words: 'text', item: 'text?' },
  period_out_of_year: { words: 'text', schoolYear: 'text', item: 'text?' },
  period_bad_count: { words: 'text', item: 'text?' },
  period_count_mismatch: { words: 'text', count: 'number', named: 'number', item: 'text?' },
  period_no_date: { words: 'text', item: 'text?' },
} as const satisfies Record<string, ParamSpec>;

export type PeriodFailureCode = keyof typeof periodFailureParams;

/** What `parsePeriod` says about a phrase it did read: a remark it left aside, a window outside the school year. */
const periodNoteParams = {
  period_remark_ignored: { words: 'text', period: 'text', item: 'text?' },
  period_outside_school_year: { words: 'text', window: 'text', schoolYear: 'text', item: 'text?' },
} as const satisfies Record<string, ParamSpec>;

export type PeriodNoteCode = keyof typeof periodNoteParams;

/** Issue codes of core/roadmap with their parameters; each has its Russian sentence in `roadmap-messages-data.ts`. */
export const roadmapIssueParams = {
  ...periodFailureParams,
  ...periodNoteParams,
  roadmap_missing_header: { header: 'text' },
  roadmap_no_items: {},
  roadmap_missing_item_number: { title: 'text' },
  roadmap_bad_item_number: { value: 'text' },
  roadmap_item_number_was_date: { value: 'text', guess: 'text' },
  roadmap_duplicate_item: { item: 'text', firstRow: 'number' },
  roadmap_missing_title: { item: 'text' },
  roadmap_unknown_reporter: { item: 'text', value: 'list' },
  roadmap_unknown_kind: { item: 'text', value: 'text', used: 'text' },
  roadmap_unknown_status: { item: 'text', value: 'text' },
  roadmap_bad_done_date: { item: 'text', value: 'text' },
  roadmap_builtin_other_year: { schoolYear: 'text' },
  roadmap_item_numbered: { item: 'text', parent: 'text', title: 'text' },
  roadmap_reporters_derived: { item: 'text', reporters: 'list', rule: 'text' },
  roadmap_kind_derived: { item: 'text', value: 'text' },
} as const satisfies Record<string, ParamSpec>;

export type RoadmapIssueCode = keyof typeof roadmapIssueParams;
