import type { ParamSpec } from './param-spec';

/**
 * Issue codes of core/values with the parameters each declares; each has its Russian sentence in
 * `value-messages-data.ts`. `found` is the cell's text as shown, already cut by the reader.
 */
export const valueIssueParams = {
  formula_error: { error: 'text' },
  formula_without_value: { formula: 'text' },
  not_a_value: { found: 'text' },
  not_a_number: { found: 'text' },
  not_whole: { found: 'text' },
  negative: { found: 'text' },
  too_large: { found: 'text', max: 'number' },
  not_a_date: { found: 'text' },
  impossible_date: { found: 'text' },
  date_out_of_range: { found: 'text', min: 'number', max: 'number' },
  not_an_email: { found: 'text' },
  bad_email_in_list: { found: 'text' },
  not_a_phone: { found: 'text' },
  phone_wrong_length: { found: 'text', digits: 'number' },
  not_an_inn: { found: 'text' },
  inn_wrong_length: { found: 'text', digits: 'number' },
  inn_check_digit: { found: 'text' },
  not_grades: { found: 'text' },
  grade_out_of_range: { found: 'text' },
  evidence_no_number: { found: 'text' },
  not_in_list: { found: 'text', expected: 'list' },
  not_yes_no: { found: 'text' },
} as const satisfies Record<string, ParamSpec>;

export type ValueIssueCode = keyof typeof valueIssueParams;
