import { formatNumber } from './format-number';
import { type PluralForms, plural } from './plural';

/**
 * A number with its noun in the form that agrees with it.
 *
 * @param n - the number
 * @param forms - the noun's forms for one, few, many, in the sentence's case
 * @example countOf(501, ['обучающегося', 'обучающихся', 'обучающихся']) // '501 обучающегося'
 */
export function countOf(n: number, forms: PluralForms): string {
  return `${formatNumber(n)} ${plural(n, forms)}`;
}
