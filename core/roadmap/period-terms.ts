import { type SchoolTerm, schoolTerms, termWindow } from '../dates/school-terms';
import { type PeriodContext, type PhraseOutcome, periodFailure, windows } from './period-result';
import { namedSchoolYear, ordinal, ordinalOf } from './period-years';

const lead = '(?:в течение |в |во |за |на |по итогам |по окончании |в конце )?';
const oneTerm = new RegExp(`^${lead}${ordinal}(?: - ${ordinal})? четверть(?: (\\d{4}/\\d{4}))?(?: учебный)?(?: год)?$`);
const everyTerm = [
  /^(?:(?:1|один) )?раз в четверть$/,
  /^ежечетвертно$/,
  /^по четверть$/,
  /^(?:в течение |в |на )?каждый четверть$/,
  /^(?:по итогам|по окончании|в конце)(?: каждый)? четверть$/,
];

/**
 * School terms (четверти): `II четверть`, `в III четверти`, `I–II четверть`, `IV четверть
 * 2024/25 уч. года` (that term), `1 раз в четверть`, `по итогам четверти`, `ежечетвертно`
 * (each of the four). A term of the roadmap's school year takes the exact dates of `Настройки`
 * when set, else its default months (I сентябрь–октябрь, II ноябрь–декабрь, III январь–март,
 * IV апрель–май). Null when the line names no term.
 *
 * @param line - `tokensLine` of the phrase
 * @param context - the school year, the settings' term dates and the phrase as written
 * @example parseTermPhrase('ii четверть', { year: { start: 2024 }, terms: {}, words: 'II четверть' })
 * // { ok: true, windows: [{ start: '2024-11-01', end: '2024-12-31' }] }
 */
export function parseTermPhrase(line: string, context: PeriodContext): PhraseOutcome | null {
  if (everyTerm.some((pattern) => pattern.test(line))) {
    return windows(schoolTerms.map((term) => termWindow(context.year, term, context.terms)));
  }
  const match = oneTerm.exec(line);
  if (!match) return null;
  const from = ordinalOf(match[1]);
  const to = match[2] === undefined ? from : ordinalOf(match[2]);
  if (from === null || to === null) return periodFailure('period_unknown_words', context.words);
  if (from > to) return periodFailure('period_reversed', context.words);
  const year = namedSchoolYear(match[3], context.year);
  // Exact dates belong to the settings' school year only.
  const terms = year.start === context.year.start ? context.terms : {};
  const first = termWindow(year, from as SchoolTerm, terms);
  const last = termWindow(year, to as SchoolTerm, terms);
  return windows([{ start: first.start, end: last.end }]);
}
