import { endOfMonth, lightFormat } from 'date-fns';
import type { DateWindow } from './iso-date';
import type { SchoolYear } from './school-year';

/** A school term (четверть), 1–4. */
export type SchoolTerm = 1 | 2 | 3 | 4;

export const schoolTerms: readonly SchoolTerm[] = [1, 2, 3, 4];

/** Exact term dates of `Настройки` (`Четверть I` … `Четверть IV`); a term not set keeps its default months. */
export type TermDates = Readonly<Partial<Record<SchoolTerm, DateWindow>>>;

// Default months of the terms (design §5): I сентябрь–октябрь, II ноябрь–декабрь, III январь–март, IV апрель–май.
const defaultMonths: Readonly<Record<SchoolTerm, readonly [number, number]>> = {
  1: [9, 10],
  2: [11, 12],
  3: [1, 3],
  4: [4, 5],
};

/**
 * The dates of a term of a school year: the exact dates of `Настройки` when given for it,
 * else the default months (I сентябрь–октябрь, II ноябрь–декабрь, III январь–март, IV апрель–май).
 *
 * @param year - the school year
 * @param term - 1–4
 * @param terms - the exact dates of the settings' school year; ignored for another year
 * @example termWindow({ start: 2024 }, 3) // { start: '2025-01-01', end: '2025-03-31' }
 */
export function termWindow(year: SchoolYear, term: SchoolTerm, terms: TermDates = {}): DateWindow {
  const exact = terms[term];
  if (exact) return exact;
  const [from, to] = defaultMonths[term];
  const calendarYear = from >= 9 ? year.start : year.start + 1;
  return {
    start: lightFormat(new Date(calendarYear, from - 1, 1), 'yyyy-MM-dd'),
    end: lightFormat(endOfMonth(new Date(calendarYear, to - 1, 1)), 'yyyy-MM-dd'),
  };
}
