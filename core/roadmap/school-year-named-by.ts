import { daysBetween } from '../dates/days-between';
import type { DateWindow } from '../dates/iso-date';
import { type SchoolYear, schoolYearBounds } from '../dates/school-year';
import { type PeriodOptions, parsePeriod } from './parse-period';
import { periodTokens } from './period-tokens';

const plausible = { min: 1990, max: 2100 };

/** The years a phrase names: calendar years, dates' years, and school years (by their start). */
function namedYears(text: string): { readonly calendar: number[]; readonly school: number[] } {
  const calendar: number[] = [];
  const school: number[] = [];
  for (const token of periodTokens(text)) {
    if (token.kind === 'schoolYear') school.push(token.start);
    else if (token.kind === 'date') calendar.push(token.year);
    else if (token.kind === 'num' && token.value >= plausible.min && token.value <= plausible.max) {
      calendar.push(token.value);
    }
  }
  return { calendar, school };
}

/** The school year with the August before it, which the order counts in («август 2023 г.» for 2023/2024). */
function reach(year: SchoolYear): { start: string; end: string } {
  return { start: `${year.start}-08-01`, end: schoolYearBounds(year).end };
}

/** Days of the windows that lie in the school year's reach. */
function daysInside(windows: readonly DateWindow[], year: SchoolYear): number {
  const bounds = reach(year);
  let days = 0;
  for (const window of windows) {
    // ISO dates compare as text: the later start, the earlier end.
    const start = [window.start, bounds.start].sort()[1] ?? window.start;
    const end = [window.end, bounds.end].sort()[0] ?? window.end;
    if (start <= end) days += daysBetween(start, end) + 1;
  }
  return days;
}

/**
 * The school year a `Срок` phrase belongs to by the years it names itself, or null when it names
 * none («В течение года», «II четверть»): a school year written out («2024/25 уч. год») is that
 * year; otherwise, of the school years around each calendar year named, the one whose reach
 * (September to August, with the August before, as the order counts it) holds the phrase's
 * windows whole, else reads it without a warning, else holds most of its days; on a tie the later
 * («Декабрь 2023 г. – Январь 2024 г.» → 2023/2024, «до 15.09.2024 г.» → 2024/2025, «2024 год» →
 * 2023/2024, «август 2023 г.» → 2023/2024).
 *
 * @param text - the phrase as written
 * @param options - the term dates, as `parsePeriod` takes them
 * @example schoolYearNamedBy('Декабрь 2023 г. – Январь 2024 г.') // { start: 2023 }
 * @example schoolYearNamedBy('В течение года') // null
 */
export function schoolYearNamedBy(text: string, options: PeriodOptions = {}): SchoolYear | null {
  const { calendar, school } = namedYears(typeof text === 'string' ? text : '');
  const written = school[0];
  if (written !== undefined) return { start: written };
  const candidates = [...new Set(calendar.flatMap((year) => [year - 1, year]))].sort((a, b) => a - b);
  let best: { year: SchoolYear; fit: number; days: number } | null = null;
  for (const start of candidates) {
    const year = { start };
    const read = parsePeriod(text, year, options);
    if (!read.ok) continue;
    const { start: from, end: to } = reach(year);
    const within = read.windows.every((window) => window.start >= from && window.end <= to);
    const clean = !(read.notes ?? []).some((note) => note.code === 'period_outside_school_year');
    const fit = within ? 2 : clean ? 1 : 0;
    const days = daysInside(read.windows, year);
    // On a tie the later year: «август 2023 г.» prepares 2023/2024.
    if (!best || fit > best.fit || (fit === best.fit && days >= best.days)) best = { year, fit, days };
  }
  return best?.year ?? null;
}

/**
 * The school year a roadmap's deadlines name, by the phrases that name one (`schoolYearNamedBy`):
 * the year most of them name; null when none names a year or two years are named equally often.
 * For a roadmap workbook that does not record its year (one written by an older `import-roadmap`).
 *
 * @param periods - the `Срок` cells as written
 * @param options - the term dates, as `parsePeriod` takes them
 * @example roadmapSchoolYear(['Октябрь 2024 г.', 'В течение года', 'Май 2025 г.']) // { start: 2024 }
 */
export function roadmapSchoolYear(periods: readonly string[], options: PeriodOptions = {}): SchoolYear | null {
  const counts = new Map<number, number>();
  for (const period of periods) {
    const year = schoolYearNamedBy(period, options);
    if (year) counts.set(year.start, (counts.get(year.start) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) return null;
  return { start: first[0] };
}
