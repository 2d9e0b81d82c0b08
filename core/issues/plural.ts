/** A Russian noun's three count forms: for 1 («ошибка»), 2–4 («ошибки») and 5–20 («ошибок»). */
export type PluralForms = readonly [one: string, few: string, many: string];

let rules: Intl.PluralRules | undefined;

/**
 * The form of a Russian noun that goes with a number (`Intl.PluralRules('ru')`): 1, 21, 101 take
 * the first form, 2–4, 22–24 the second, 0, 5–20, 25 the third; a fraction takes the second
 * («1,5 часа»). The caller gives the forms in the case the sentence needs: «из 1 обучающегося,
 * из 2 обучающихся» is `['обучающегося', 'обучающихся', 'обучающихся']`.
 *
 * @param n - the number
 * @param forms - the forms for one, few, many (words, or whatever the caller chooses among)
 * @example plural(4, ['цифра', 'цифры', 'цифр']) // 'цифры'
 */
export function plural<T = string>(n: number, forms: readonly [one: T, few: T, many: T]): T {
  rules ??= new Intl.PluralRules('ru');
  const kind = rules.select(n);
  if (kind === 'one') return forms[0];
  if (kind === 'many') return forms[2];
  return forms[1];
}
