import { tabNames } from '../grid/tab-names';
import { type SchoolYear, schoolYearLabel } from '../dates/school-year';
import type { SheetData } from '../grid/sheet-data';
import type { Issue } from '../issues/issue';
import { builtinRoadmap, builtinSchoolYear } from './builtin-roadmap';
import { type ReadRoadmapOptions, readRoadmap } from './read-roadmap';
import type { Roadmap } from './roadmap-item';

/** The roadmap in force, where it came from, and the issues of the tab; or why there is none. */
export type RoadmapForYear =
  | { readonly ok: true; readonly roadmap: Roadmap; readonly source: 'tab' | 'builtin'; readonly issues: Issue[] }
  | { readonly ok: false; readonly code: 'roadmap_builtin_other_year'; readonly issues: Issue[] };

function hasContent(tab: SheetData): boolean {
  const rows = Array.isArray(tab.values) ? tab.values : [];
  return rows.some(
    (row) =>
      Array.isArray(row) && row.some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== ''),
  );
}

/**
 * The roadmap in force for a school year: the `Дорожная карта` tab when it is there and has
 * items; else the built-in one, which exists for 2023/2024 only. For another year without a
 * tab the answer is `ok: false` with `roadmap_builtin_other_year` (never the old deadlines).
 * A tab with content but no readable item gives its issues and `roadmap_no_items`.
 *
 * @param year - the school year of `Настройки`
 * @param tab - the `Дорожная карта` tab, if the workbook has one
 * @param timeZone - the zone of `Date` cells
 * @param options - the term dates of `Настройки`
 * @example roadmapForYear({ start: 2023 }, undefined, 'UTC') // { ok: true, source: 'builtin', … }
 */
export function roadmapForYear(
  year: SchoolYear,
  tab: SheetData | undefined,
  timeZone: string,
  options: ReadRoadmapOptions = {},
): RoadmapForYear {
  const issues: Issue[] = [];
  if (tab && hasContent(tab)) {
    const read = readRoadmap(tab, year, timeZone, options);
    if (read.roadmap.items.length > 0) return { ok: true, roadmap: read.roadmap, source: 'tab', issues: read.issues };
    issues.push(...read.issues, {
      code: 'roadmap_no_items',
      severity: 'error',
      tab: tab.name,
      row: null,
      column: null,
      params: {},
    });
  }
  if (year.start === builtinSchoolYear.start) return { ok: true, roadmap: builtinRoadmap(), source: 'builtin', issues };
  issues.push({
    code: 'roadmap_builtin_other_year',
    severity: 'error',
    tab: tab?.name ?? tabNames.roadmap,
    row: null,
    column: null,
    params: { schoolYear: schoolYearLabel(year) },
  });
  return { ok: false, code: 'roadmap_builtin_other_year', issues };
}
