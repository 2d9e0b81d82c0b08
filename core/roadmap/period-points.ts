import type { SchoolYear } from '../dates/school-year';
import { daysInMonth, earlier, isoDate, schoolYearWindow, untilSchoolYearEnd } from './calendar';
import { monthOfWord } from './month-words';
import type { PeriodToken } from './period-tokens';
import { type PeriodContext, type PhraseOutcome, periodFailure, windows } from './period-result';

/** A month (`day` null) or a day, with or without a year. */
interface Point {
  readonly year: number | null;
  readonly month: number;
  readonly day: number | null;
}

function wordAt(tokens: readonly PeriodToken[], index: number): string | null {
  const token = tokens[index];
  return token?.kind === 'word' ? token.value : token?.kind === 'sym' ? token.value : null;
}

function yearAt(tokens: readonly PeriodToken[], index: number): number | null {
  const token = tokens[index];
  return token?.kind === 'num' && token.raw.length === 4 ? token.value : null;
}

/** Reads `15.09.2023`, `15 сентября [2023]` or `сентябрь [2023]` at `index`. */
function readPoint(tokens: readonly PeriodToken[], index: number): { point: Point; next: number } | null {
  const token = tokens[index];
  if (token?.kind === 'date') {
    return { point: { year: token.year, month: token.month, day: token.day }, next: index + 1 };
  }
  let day: number | null = null;
  let at = index;
  if (token?.kind === 'num' && token.raw.length <= 2) {
    day = token.value;
    at += 1;
  }
  const month = monthOfWord(wordAt(tokens, at) ?? '');
  if (month === null) return null;
  at += 1;
  const year = yearAt(tokens, at);
  return { point: { year, month, day }, next: year === null ? at : at + 1 };
}

/** The school year's calendar year of a month: September–December the first, January–August the second. */
function yearOfMonth(month: number, year: SchoolYear): number {
  return month >= 9 ? year.start : year.start + 1;
}

function isAfter(a: Point, b: Point): boolean {
  return a.month !== b.month ? a.month > b.month : (a.day ?? 1) > (b.day ?? 31);
}

/** Fills in missing years of a range: a start month after the end month takes the previous year. */
function resolveYears(from: Point, to: Point, year: SchoolYear): [number, number] {
  if (from.year !== null && to.year !== null) return [from.year, to.year];
  const wraps = isAfter(from, to) ? 1 : 0;
  if (to.year !== null) return [to.year - wraps, to.year];
  const fromYear = from.year ?? yearOfMonth(from.month, year);
  return [fromYear, fromYear + wraps];
}

function firstDay(point: Point, year: number): string | null {
  return isoDate(year, point.month, point.day ?? 1);
}

function lastDay(point: Point, year: number): string | null {
  if (point.month < 1 || point.month > 12) return null;
  return isoDate(year, point.month, point.day ?? daysInMonth(year, point.month));
}

function windowOf(from: Point, to: Point, context: PeriodContext): PhraseOutcome {
  const [fromYear, toYear] = resolveYears(from, to, context.year);
  const start = firstDay(from, fromYear);
  const end = lastDay(to, toYear);
  if (start === null || end === null) return periodFailure('period_bad_date', context.words);
  if (start > end) return periodFailure('period_reversed', context.words);
  return windows([{ start, end }]);
}

const deadlinePrefixes: readonly (readonly string[])[] = [
  ['в', 'срок', 'до'],
  ['срок', 'до'],
  ['не', 'позднее'],
  ['не', 'позже'],
  ['до'],
  ['к'],
];
const openPrefixes: readonly (readonly string[])[] = [['начиная', 'с'], ['с'], ['со']];
const singlePrefixes: readonly (readonly string[])[] = [['в', 'течение'], ['в'], ['во'], ['течение'], ['на']];
const rangeWords = new Set(['-', 'по', 'до']);

function prefixLength(tokens: readonly PeriodToken[], prefixes: readonly (readonly string[])[]): number {
  const found = prefixes.find((prefix) => prefix.every((word, i) => wordAt(tokens, i) === word));
  return found?.length ?? 0;
}

/**
 * Months and dates: a month, a date, a range of either (`Март – май 2024`, `с 1 по 15 октября`),
 * a deadline (`до 15 сентября 2023 г.`: from 1 September of the school year, or from that date
 * if earlier, to that date), or an open start (`с 1 сентября 2024 года`, `с сентября`: to the end
 * of the school year). Null when the phrase is none of these.
 *
 * @param tokens - the phrase's tokens
 * @param context - the school year and the phrase as written
 * @example parsePointPhrase(periodTokens('с 01.09.2024'), { year: { start: 2024 }, terms: {}, words: 'с 01.09.2024' })
 * // { ok: true, windows: [{ start: '2024-09-01', end: '2025-08-31' }] }
 */
export function parsePointPhrase(tokens: readonly PeriodToken[], context: PeriodContext): PhraseOutcome | null {
  const { year, words } = context;
  const deadline = prefixLength(tokens, deadlinePrefixes);
  if (deadline > 0) {
    const read = readPoint(tokens, deadline);
    if (!read || read.next !== tokens.length || read.point.day === null) return null;
    const end = lastDay(read.point, read.point.year ?? yearOfMonth(read.point.month, year));
    if (end === null) return periodFailure('period_bad_date', words);
    const yearStart = schoolYearWindow(year).start;
    return windows([{ start: earlier(end, yearStart), end }]);
  }
  const open = prefixLength(tokens, openPrefixes);
  let at = open > 0 ? open : prefixLength(tokens, singlePrefixes);
  // «с 1 по 15 октября 2023»: the first day borrows the month and year of the second.
  const first = tokens[at];
  if (first?.kind === 'num' && first.raw.length <= 2 && rangeWords.has(wordAt(tokens, at + 1) ?? '')) {
    const to = readPoint(tokens, at + 2);
    if (!to || to.next !== tokens.length || to.point.day === null) return null;
    return windowOf({ ...to.point, day: first.value }, to.point, context);
  }
  const from = readPoint(tokens, at);
  if (!from) return null;
  at = from.next;
  if (at === tokens.length) {
    if (open === 0) return windowOf(from.point, from.point, context);
    const start = firstDay(from.point, from.point.year ?? yearOfMonth(from.point.month, year));
    return start === null ? periodFailure('period_bad_date', words) : windows([untilSchoolYearEnd(start, year)]);
  }
  if (!rangeWords.has(wordAt(tokens, at) ?? '')) return null;
  const to = readPoint(tokens, at + 1);
  if (!to || to.next !== tokens.length) return null;
  return windowOf(from.point, to.point, context);
}
