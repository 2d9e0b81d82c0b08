import type { DateWindow } from '../dates/iso-date';
import { type SchoolTerm, type TermDates, schoolTerms } from '../dates/school-terms';
import { type SchoolYear, schoolYearBounds, schoolYearLabel } from '../dates/school-year';
import type { Issue } from '../issues/issue';
import { foundText } from '../values/found-text';
import { cellText } from '../values/cell-text';
import { parseDateText } from '../values/date-text';
import { screenCell } from '../values/screen-cell';
import { type SettingKey, settingsLabels, termSettingKeys } from './settings-labels';

const separators = /[-‐‑‒–—―−]|\sпо\s/g;

/**
 * The dates of a term as written in `Настройки`: `01.09.2025–24.10.2025`, `01.09.2025 - 24.10.2025`,
 * `с 1 сентября 2025 по 24 октября 2025`, `2025-09-01 — 2025-10-24`. Null when it is not two
 * dates in order.
 *
 * @param text - the cell as text
 * @example readTermText('01.09.2025–24.10.2025') // { start: '2025-09-01', end: '2025-10-24' }
 */
function readTermText(text: string): DateWindow | null {
  const clean = text.replace(/\s+/g, ' ').trim().replace(/^с\s+/i, '');
  // Try each dash (or «по»): the one between two dates is the separator, not a dash inside 2025-09-01.
  // exec over a global pattern, not matchAll: the add-on's es2019 library lacks it.
  const pattern = new RegExp(separators.source, separators.flags);
  for (let match = pattern.exec(clean); match !== null; match = pattern.exec(clean)) {
    const at = match.index;
    const start = parseDateText(clean.slice(0, at).trim());
    const end = parseDateText(clean.slice(at + match[0].length).trim());
    if (start.kind === 'date' && end.kind === 'date')
      return start.date <= end.date ? { start: start.date, end: end.date } : null;
  }
  return null;
}

/**
 * Reads and checks `Четверть I` … `Четверть IV` of `Настройки`: each two dates of the school
 * year, in order, not overlapping the previous term. A bad term is an error at its cell and
 * keeps its default months; an overlap is a warning.
 *
 * @param cells - the value cells of the settings tab by key, with their 1-based rows
 * @param year - the school year of the settings
 * @param tab - the tab's name
 * @param timeZone - the zone of `Date` cells
 * @example readTermDates(new Map([['term1', { value: '01.09.2025–24.10.2025', row: 16 }]]), { start: 2025 }, 'Настройки', 'UTC').terms[1]
 * // { start: '2025-09-01', end: '2025-10-24' }
 */
export function readTermDates(
  cells: ReadonlyMap<SettingKey, { readonly value: unknown; readonly row: number }>,
  year: SchoolYear,
  tab: string,
  timeZone: string,
): { terms: TermDates; issues: Issue[] } {
  const terms: Partial<Record<SchoolTerm, DateWindow>> = {};
  const issues: Issue[] = [];
  const bounds = schoolYearBounds(year);
  let previous: { term: SchoolTerm; window: DateWindow } | null = null;
  for (const term of schoolTerms) {
    const key = termSettingKeys[term];
    const entry = cells.get(key);
    if (!entry || entry.value === null || entry.value === undefined || cellText(entry.value, timeZone) === '') continue;
    const at = { tab, row: entry.row, column: 2 };
    const label = settingsLabels[key].label;
    const text = cellText(entry.value, timeZone);
    const window = screenCell(entry.value) ? null : readTermText(text);
    if (!window) {
      issues.push({
        code: 'term_unreadable',
        severity: 'error',
        ...at,
        params: { label, found: foundText(entry.value, timeZone) },
      });
      continue;
    }
    if (window.start < bounds.start || window.end > bounds.end) {
      const params = { label, found: foundText(entry.value, timeZone), schoolYear: schoolYearLabel(year) };
      issues.push({ code: 'term_outside_year', severity: 'error', ...at, params });
      continue;
    }
    if (previous && window.start <= previous.window.end) {
      const params = { label, previous: settingsLabels[termSettingKeys[previous.term]].label };
      issues.push({ code: 'terms_overlap', severity: 'warning', ...at, params });
    }
    terms[term] = window;
    previous = { term, window };
  }
  return { terms, issues };
}
