import type { SchoolYear } from '../dates/school-year';
import { calendarQuarter, monthsWindow, schoolYearWindow } from './calendar';
import { type PeriodContext, type PhraseOutcome, periodFailure, scope, windows } from './period-result';

/** An ordinal of a half-year, quarter or term: `1`, `II`, `первое`, `4-м`. */
export const ordinal =
  '(1|2|3|4|i|ii|iii|iv|перв[а-я]*|втор[а-я]*|трет[а-я]*|четверт(?:ый|ая|ое|ой|ом|ую|ого))(?: - [а-я]{1,3})?';

const ordinals: readonly [RegExp, number][] = [
  [/^(1|i|перв[а-я]*)$/, 1],
  [/^(2|ii|втор[а-я]*)$/, 2],
  [/^(3|iii|трет[а-я]*)$/, 3],
  [/^(4|iv|четверт[а-я]*)$/, 4],
];

/** The number of an ordinal word (1–4), or null. */
export function ordinalOf(word: string | undefined): number | null {
  return ordinals.find(([pattern]) => pattern.test(word ?? ''))?.[1] ?? null;
}

/** The school year a `2024/2025` of the canonical line names, or the roadmap's. */
export function namedSchoolYear(text: string | undefined, year: SchoolYear): SchoolYear {
  return text === undefined ? year : { start: Number(text.slice(0, 4)) };
}

const within = '(?:в течение |в |во |на |за |по итогам )?';
const schoolYearText = '(\\d{4}/\\d{4})';
const wholeSchoolYear = [
  new RegExp(`^${within}(?:весь |всего |всей )?(?:${schoolYearText} )?(?:учебный )?год$`),
  new RegExp(`^${within}${schoolYearText}(?: учебный)?(?: год)?$`),
  /^(?:постоянно|ежегодно|круглогодично|круглый год|весь период|в течение всего периода)$/,
];
const calendarYear = new RegExp(`^${within}(\\d{4})$`);
const half = new RegExp(`^${within}${ordinal} полугодие(?: (\\d{4}))?(?: ${schoolYearText})?(?: учебный)?(?: год)?$`);
const quarter = new RegExp(`^${within}${ordinal} квартал(?: (\\d{4}))?$`);

/**
 * Years and their parts: the school year (`в течение года`, `2024/25`, `в 2024-2025 уч. г.`,
 * `ежегодно`: a scope), a calendar year (`2024 год`), half-years (`1 полугодие 2024 г.` a
 * calendar one; `2 полугодие 2024-2025 уч. года` or without a year the school's: September–
 * December, January–June) and quarters (with a year calendar ones; without, the quarter's
 * months in the school year). Null when the line is none of them.
 *
 * @param line - `tokensLine` of the phrase
 * @param context - the school year and the phrase as written
 * @example parseYearPhrase('2 полугодие 2024/2025 учебный год', { year: { start: 2024 }, terms: {}, words: '…' })
 * // { ok: true, windows: [{ start: '2025-01-01', end: '2025-06-30' }] }
 */
export function parseYearPhrase(line: string, context: PeriodContext): PhraseOutcome | null {
  for (const pattern of wholeSchoolYear) {
    const match = pattern.exec(line);
    if (match) return scope([schoolYearWindow(namedSchoolYear(match[1], context.year))]);
  }
  const calendar = calendarYear.exec(line);
  if (calendar) {
    const year = Number(calendar[1]);
    return windows([monthsWindow(year, 1, year, 12)]);
  }
  const halfMatch = half.exec(line);
  if (halfMatch) return halfYear(ordinalOf(halfMatch[1]), halfMatch[2], halfMatch[3], context);
  const quarterMatch = quarter.exec(line);
  if (quarterMatch) return quarterOf(ordinalOf(quarterMatch[1]), quarterMatch[2], context);
  return null;
}

function halfYear(
  which: number | null,
  calendarText: string | undefined,
  schoolText: string | undefined,
  context: PeriodContext,
): PhraseOutcome {
  if (which !== 1 && which !== 2) return periodFailure('period_unknown_words', context.words);
  if (calendarText !== undefined && schoolText !== undefined)
    return periodFailure('period_unknown_words', context.words);
  if (calendarText !== undefined) {
    // «1 полугодие 2024 г.» is a calendar half-year.
    const year = Number(calendarText);
    const from = which === 1 ? 1 : 7;
    return windows([monthsWindow(year, from, year, from + 5)]);
  }
  const start = namedSchoolYear(schoolText, context.year).start;
  // The school's half-years: September–December, then January–June.
  return windows([which === 1 ? monthsWindow(start, 9, start, 12) : monthsWindow(start + 1, 1, start + 1, 6)]);
}

function quarterOf(which: number | null, yearText: string | undefined, context: PeriodContext): PhraseOutcome {
  if (which === null) return periodFailure('period_unknown_words', context.words);
  const from = which * 3 - 2;
  // Without a year a quarter takes the year its first month has in the school year (IV → October of the first year).
  const year = yearText === undefined ? (from >= 9 ? context.year.start : context.year.start + 1) : Number(yearText);
  return windows([calendarQuarter(year, which)]);
}
