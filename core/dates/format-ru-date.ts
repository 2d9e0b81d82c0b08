import type { IsoDate } from './iso-date';

const isoLike = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

/**
 * A calendar date as Russians write it, `ДД.ММ.ГГГГ`: the one date formatter of every message,
 * tab, email and sidebar line. A text that is not an ISO date comes back as it is.
 *
 * @param date - `YYYY-MM-DD` (a time after it is ignored)
 * @example formatRuDate('2024-02-01') // '01.02.2024'
 */
export function formatRuDate(date: IsoDate): string {
  const match = isoLike.exec(date);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : date;
}

/**
 * A moment as the sidebar, `Журнал` and «Сформировано …» show it: `ДД.ММ.ГГГГ ЧЧ:ММ`.
 *
 * @param date - `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when `time` is omitted
 * @param time - `HH:MM`
 * @example formatRuDateTime('2024-02-01', '10:15') // '01.02.2024 10:15'
 */
export function formatRuDateTime(date: IsoDate, time?: string): string {
  const match = isoLike.exec(date);
  if (!match) return time ? `${date} ${time}` : date;
  const clock = time ?? (match[4] !== undefined && match[5] !== undefined ? `${match[4]}:${match[5]}` : '');
  return clock ? `${formatRuDate(date)} ${clock}` : formatRuDate(date);
}

/**
 * A month in words, nominative: `февраль 2024`.
 *
 * @param month - `YYYY-MM` (or a whole ISO date)
 * @example formatRuMonth('2024-02') // 'февраль 2024'
 */
export function formatRuMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(month);
  return match ? `${monthName(Number(match[2]))} ${match[1]}` : month;
}

/**
 * The name of a month in words, nominative, lower case: `октябрь`.
 *
 * @param month - 1–12
 * @example monthName(10) // 'октябрь'
 */
export function monthName(month: number): string {
  return monthNames[month - 1] ?? '';
}

// Nominative month names. date-fns's `ru` locale gives the same words, but it would add 14 KB to
// dist/Code.js, which the 300 KB budget (design §9) cannot take.
const monthNames = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const;
