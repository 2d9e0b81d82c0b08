import { monthOfWord } from './month-words';
import type { PeriodToken } from './period-tokens';

// Words that place a phrase in time: a phrase with any of them is a deadline to read, never a remark.
const timeWords = new Set([
  'год',
  'учебный',
  'полугодие',
  'квартал',
  'четверть',
  'месяц',
  'неделя',
  'числа',
  'деньнедели',
  'ежемесячно',
  'еженедельно',
  'ежегодно',
  'ежеквартально',
  'ежечетвертно',
  'течение',
  'конца',
  'окончания',
]);

// What a phrase with no date refers to instead: a plan, a schedule, a request, the holidays, terms set elsewhere.
const scheduleStem =
  /^(?:план|график|расписан|запрос|заявк|согласова|приглаш|требован|положени|приказ|регламент|распоряж|необходим|поступлен|срок|каникул|отдельн|индивидуальн|мер[еаы]?$|факт|готовн|потребн|соответств|согласно|постановлен|письм|указан|решени|итог|установлен|определ|утвержд)/;

// «один раз в два года», «1 раз в 3 года», «раз в несколько лет», «каждые два года»: no window of one school year.
const everyFewYears = /^(?:(?:(?:1|один) )?раз в|каждый) (?:\d+|два|три|четыре|пять|несколько) (?:год|лет)$/;

function isTimeToken(token: PeriodToken): boolean {
  if (token.kind === 'date' || token.kind === 'schoolYear') return true;
  if (token.kind === 'num') return token.raw.length === 4;
  if (token.kind !== 'word') return false;
  return timeWords.has(token.value) || monthOfWord(token.value) !== null;
}

/**
 * Whether a phrase names no date at all and says so in words a roadmap uses: «по отдельному
 * плану», «по графику», «в соответствии с графиком», «по мере необходимости», «по запросу»,
 * «в каникулярное время», «в сроки, установленные …», «один раз в два года». Such a phrase gives
 * the item no deadline (a warning, not an error); anything else unread stays an error.
 *
 * @param tokens - the phrase's tokens
 * @param line - `tokensLine` of the same tokens
 * @example isUndatedPhrase(periodTokens('по отдельному плану'), 'по отдельному плану') // true
 */
export function isUndatedPhrase(tokens: readonly PeriodToken[], line: string): boolean {
  if (everyFewYears.test(line)) return true;
  if (tokens.some(isTimeToken)) return false;
  return tokens.some((token) => token.kind === 'word' && scheduleStem.test(token.value));
}

/** Whether a phrase has any word or number that places it in time (a month, a year, a date, «четверть»…). */
export function hasTimeWords(tokens: readonly PeriodToken[]): boolean {
  return tokens.some(isTimeToken);
}
