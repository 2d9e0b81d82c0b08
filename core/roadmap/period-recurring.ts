import { monthlyUntil, runsOfYear, schoolYearWindow } from './calendar';
import { type PeriodContext, type PhraseOutcome, periodFailure, scope, windows } from './period-result';

const countWords: Readonly<Record<string, number>> = {
  один: 1,
  одна: 1,
  два: 2,
  две: 2,
  дважды: 2,
  три: 3,
  трижды: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
};
const perUnit: Readonly<Record<string, number>> = { год: 1, 'учебный год': 1, полугодие: 2, квартал: 4, месяц: 12 };

const monthly = '(?:ежемесячно|каждый месяц)';
const times = /^(?:(\d+|один|два|три|четыре|пять|шесть) )?раз в (учебный год|год|полугодие|квартал|месяц)$/;
const twiceOrThrice = /^(дважды|трижды) в (учебный год|год|полугодие)$/;
const monthlyUntilDay = [
  new RegExp(`^${monthly} (?:до|не позднее|в срок до) (\\d{1,2}) числа$`),
  new RegExp(`^(?:до|не позднее|в срок до) (\\d{1,2}) числа (?:${monthly}|месяц)$`),
];
const monthlyOnDay = [new RegExp(`^${monthly} (\\d{1,2}) числа$`), new RegExp(`^(\\d{1,2}) числа ${monthly}$`)];
const monthlyAlone = new RegExp(`^${monthly}$`);
const weekly = /^(?:еженедельно|каждый неделя)?(?: ?(?:по|в|во|каждый) деньнедели(?: и деньнедели)*)?$/;

/**
 * Recurring phrases: `ежемесячно` (each month of the school year), `ежемесячно до 5 числа`,
 * `до 25 числа ежемесячно`, `до 15 числа каждого месяца` (a window a month, 1st to that day),
 * `ежеквартально` and `N раз в год` (the school year cut into N runs of whole months, longer
 * first), `еженедельно`, `по четвергам` (the school year, as a scope). Null otherwise.
 *
 * @param line - `tokensLine` of the phrase
 * @param context - the school year and the phrase as written
 * @example parseRecurringPhrase('до 25 числа ежемесячно', ctx).windows.length // 12
 */
export function parseRecurringPhrase(line: string, context: PeriodContext): PhraseOutcome | null {
  const { year, words } = context;
  if (monthlyAlone.test(line)) return windows(runsOfYear(year, 12));
  if (line === 'ежеквартально') return windows(runsOfYear(year, 4));
  for (const pattern of monthlyUntilDay) {
    const match = pattern.exec(line);
    if (match) return dayOfMonth(Number(match[1]), 1, context);
  }
  for (const pattern of monthlyOnDay) {
    const match = pattern.exec(line);
    if (match) return dayOfMonth(Number(match[1]), Number(match[1]), context);
  }
  const timesMatch = times.exec(line) ?? twiceOrThrice.exec(line);
  if (timesMatch) {
    const countText = timesMatch[1] ?? '1';
    const count = (countWords[countText] ?? Number(countText)) * (perUnit[timesMatch[2] ?? ''] ?? 1);
    if (!Number.isInteger(count) || count < 1 || count > 12) return periodFailure('period_bad_count', words);
    return windows(runsOfYear(year, count));
  }
  if (line !== '' && weekly.test(line)) return scope([schoolYearWindow(year)]);
  return null;
}

function dayOfMonth(until: number, from: number, context: PeriodContext): PhraseOutcome {
  if (until < 1 || until > 31) return periodFailure('period_bad_date', context.words);
  return windows(monthlyUntil(context.year, until, from));
}
