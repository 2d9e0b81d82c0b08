import type { DateWindow } from '../dates/iso-date';
import type { SchoolYear } from '../dates/school-year';
import { addMonths, monthsWindow } from './calendar';
import { type PeriodResult, periodFailure } from './period-result';

const countWords: Readonly<Record<string, number>> = { один: 1, два: 2, три: 3, четыре: 4, пять: 5, шесть: 6 };
const ordinals: readonly [RegExp, number][] = [
  [/^(1|i|перв[а-я]*)$/, 1],
  [/^(2|ii|втор[а-я]*)$/, 2],
  [/^(3|iii|трет[а-я]*)$/, 3],
  [/^(4|iv|четверт[а-я]*)$/, 4],
];
const perUnit: Readonly<Record<string, number>> = { год: 1, 'учебный год': 1, полугодие: 2, квартал: 4, месяц: 12 };

const ordinal = '(1|2|3|4|i|ii|iii|iv|перв[а-я]*|втор[а-я]*|трет[а-я]*|четверт[а-я]*)(?: - [а-я]{1,3})?';
const wholeYear = [
  /^в течение (?:всего )?(?:(\d{4}) [-/] (\d{4}) )?(?:учебного )?года$/,
  /^(?:весь |на )?(?:(\d{4}) [-/] (\d{4}) )?учебный год$/,
  /^весь год$/,
  /^постоянно$/,
];
const times = /^(?:(\d+|один|два|три|четыре|пять|шесть) )?раза? в (учебный год|год|полугодие|квартал|месяц)$/;
const half = new RegExp(`^(?:в |во )?${ordinal} полугоди[а-я]*(?: (\\d{4})(?: [-/] (\\d{4}) учебного года)?)?$`);
const quarter = new RegExp(`^(?:в |во )?${ordinal} квартал[а-я]*(?: (\\d{4}))?$`);

function ordinalOf(word: string): number | null {
  return ordinals.find(([pattern]) => pattern.test(word))?.[1] ?? null;
}

/** The school year cut into `count` runs of whole months, longer runs first (2 → Sep–Feb, Mar–Aug). */
export function runsOfYear(year: SchoolYear, count: number): DateWindow[] {
  const windows: DateWindow[] = [];
  let offset = 0;
  for (let run = 0; run < count; run += 1) {
    const length = Math.floor(12 / count) + (run < 12 % count ? 1 : 0);
    const from = addMonths(year.start, 9, offset);
    const to = addMonths(year.start, 9, offset + length - 1);
    windows.push(monthsWindow(from.year, from.month, to.year, to.month));
    offset += length;
  }
  return windows;
}

/**
 * Phrases read as a whole: the school year, «N раза в год», «ежемесячно», half-years, quarters.
 * Returns null when the line is none of them (the caller then tries dates and months).
 *
 * @param line - `tokensLine` of the phrase
 * @param words - the phrase as written, for messages
 * @param year - the school year
 */
export function parseFixedPhrase(line: string, words: string, year: SchoolYear): PeriodResult | null {
  for (const pattern of wholeYear) {
    const match = pattern.exec(line);
    if (!match) continue;
    const start = match[1] === undefined ? year.start : Number(match[1]);
    if (match[2] !== undefined && Number(match[2]) !== start + 1) return periodFailure('period_bad_date', words);
    return { ok: true, windows: [monthsWindow(start, 9, start + 1, 8)] };
  }
  if (line === 'ежемесячно' || line === 'каждый месяц') return { ok: true, windows: runsOfYear(year, 12) };
  if (line === 'ежеквартально') return { ok: true, windows: runsOfYear(year, 4) };
  const timesMatch = times.exec(line);
  if (timesMatch) {
    const countText = timesMatch[1] ?? '1';
    const count = (countWords[countText] ?? Number(countText)) * (perUnit[timesMatch[2] ?? ''] ?? 1);
    if (!Number.isInteger(count) || count < 1 || count > 12) return periodFailure('period_bad_count', words);
    return { ok: true, windows: runsOfYear(year, count) };
  }
  const halfMatch = half.exec(line);
  if (halfMatch) return halfYear(ordinalOf(halfMatch[1] ?? ''), halfMatch[2], halfMatch[3], words, year);
  const quarterMatch = quarter.exec(line);
  if (quarterMatch) return quarterOf(ordinalOf(quarterMatch[1] ?? ''), quarterMatch[2], words, year);
  return null;
}

function halfYear(
  which: number | null,
  yearText: string | undefined,
  secondYearText: string | undefined,
  words: string,
  year: SchoolYear,
): PeriodResult {
  if (which !== 1 && which !== 2) return periodFailure('period_unknown_words', words);
  if (yearText !== undefined && secondYearText === undefined) {
    // «1 полугодие 2024 г.» is a calendar half-year.
    const calendarYear = Number(yearText);
    const from = which === 1 ? 1 : 7;
    return { ok: true, windows: [monthsWindow(calendarYear, from, calendarYear, from + 5)] };
  }
  const start = yearText === undefined ? year.start : Number(yearText);
  if (secondYearText !== undefined && Number(secondYearText) !== start + 1) {
    return periodFailure('period_bad_date', words);
  }
  // The school's half-years: September–December, then January–June.
  const window = which === 1 ? monthsWindow(start, 9, start, 12) : monthsWindow(start + 1, 1, start + 1, 6);
  return { ok: true, windows: [window] };
}

function quarterOf(which: number | null, yearText: string | undefined, words: string, year: SchoolYear): PeriodResult {
  if (which === null) return periodFailure('period_unknown_words', words);
  const from = which * 3 - 2;
  // Without a year a quarter takes the year its first month has in the school year (IV → October of the first year).
  const calendarYear = yearText === undefined ? (from >= 9 ? year.start : year.start + 1) : Number(yearText);
  return { ok: true, windows: [monthsWindow(calendarYear, from, calendarYear, from + 2)] };
}
