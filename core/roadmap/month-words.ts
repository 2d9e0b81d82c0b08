/**
 * Russian month words in every form a deadline uses (nominative «октябрь», genitive «октября»,
 * prepositional «в октябре», instrumental, short «окт»), lower case, ё written as е.
 */
const stems: readonly (readonly string[])[] = [
  ['январь', 'января', 'январе', 'январю', 'январем', 'янв'],
  ['февраль', 'февраля', 'феврале', 'февралю', 'февралем', 'фев', 'февр'],
  ['март', 'марта', 'марте', 'марту', 'мартом', 'мар'],
  ['апрель', 'апреля', 'апреле', 'апрелю', 'апрелем', 'апр'],
  ['май', 'мая', 'мае', 'маю', 'маем'],
  ['июнь', 'июня', 'июне', 'июню', 'июнем', 'июн'],
  ['июль', 'июля', 'июле', 'июлю', 'июлем', 'июл'],
  ['август', 'августа', 'августе', 'августу', 'августом', 'авг'],
  ['сентябрь', 'сентября', 'сентябре', 'сентябрю', 'сентябрем', 'сен', 'сент'],
  ['октябрь', 'октября', 'октябре', 'октябрю', 'октябрем', 'окт'],
  ['ноябрь', 'ноября', 'ноябре', 'ноябрю', 'ноябрем', 'ноя', 'нояб'],
  ['декабрь', 'декабря', 'декабре', 'декабрю', 'декабрем', 'дек'],
];

const byWord = new Map<string, number>(
  stems.flatMap((forms, index) => forms.map((form) => [form, index + 1] as const)),
);

/**
 * The month number (1–12) of a Russian month word, or null.
 *
 * @param word - lower case, ё as е
 * @example monthOfWord('октября') // 10
 */
export function monthOfWord(word: string): number | null {
  return byWord.get(word) ?? null;
}
