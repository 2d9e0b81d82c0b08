/** Issue codes of core/values; each has its Russian sentence in `value-messages.ts`. */
export const valueIssueCodes = [
  'formula_error',
  'not_a_value',
  'not_a_number',
  'not_whole',
  'negative',
  'too_large',
  'not_a_date',
  'impossible_date',
  'date_out_of_range',
  'not_an_email',
  'bad_email_in_list',
  'not_a_phone',
  'phone_wrong_length',
  'not_an_inn',
  'inn_wrong_length',
  'inn_check_digit',
  'not_grades',
  'grade_out_of_range',
  'evidence_no_number',
  'not_in_list',
  'not_yes_no',
] as const;

export type ValueIssueCode = (typeof valueIssueCodes)[number];
