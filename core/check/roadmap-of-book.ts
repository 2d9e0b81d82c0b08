import type { Settings } from '../directory/settings';
import type { SheetData } from '../grid/sheet-data';
import type { Issue } from '../issues/issue';
import { builtinRoadmap, builtinSchoolYear } from '../roadmap/builtin-roadmap';
import { readRoadmap } from '../roadmap/read-roadmap';
import type { Roadmap } from '../roadmap/roadmap-item';

/**
 * The roadmap a check uses: the one given; else the book's `Дорожная карта` tab, read for the
 * settings' school year (its issues reported); else — or when the tab has no usable item — the
 * built-in 2023/2024 roadmap, which is refused for another school year.
 *
 * @param settings - the committee's settings
 * @param given - a roadmap passed by the caller (`--roadmap`)
 * @param tab - the book's `Дорожная карта` tab, if any
 * @param timeZone - the zone of `Date` cells
 */
export function roadmapOfBook(
  settings: Settings,
  given: Roadmap | undefined,
  tab: SheetData | undefined,
  timeZone: string,
): { ok: true; roadmap: Roadmap; issues: Issue[] } | { ok: false; year: number; issues: Issue[] } {
  if (given) return { ok: true, roadmap: given, issues: [] };
  const issues: Issue[] = [];
  if (tab) {
    const read = readRoadmap(tab, settings.schoolYear, timeZone);
    issues.push(...read.issues);
    if (read.roadmap.items.length > 0) return { ok: true, roadmap: read.roadmap, issues };
  }
  if (settings.schoolYear.start !== builtinSchoolYear.start)
    return { ok: false, year: settings.schoolYear.start, issues };
  return { ok: true, roadmap: builtinRoadmap(), issues };
}
