import type { Settings } from '../directory/settings';
import type { SheetData } from '../grid/sheet-data';
import { builtinRoadmap, builtinSchoolYear } from '../roadmap/builtin-roadmap';
import type { Roadmap } from '../roadmap/roadmap-item';

/**
 * The roadmap a check uses: the one given, else the built-in 2023/2024 roadmap when the
 * settings' school year is 2023/2024; another year without a roadmap of its own is refused.
 *
 * @param settings - the committee's settings
 * @param given - a roadmap passed by the caller (`--roadmap`, the add-on's reading of its tab)
 * @param _tab - the `Дорожная карта` tab, when the book has one (read by the roadmap module when it offers a reader)
 */
export function roadmapOfBook(
  settings: Settings,
  given: Roadmap | undefined,
  _tab: SheetData | undefined,
): { ok: true; roadmap: Roadmap } | { ok: false; year: number } {
  if (given) return { ok: true, roadmap: given };
  if (settings.schoolYear.start !== builtinSchoolYear.start) return { ok: false, year: settings.schoolYear.start };
  return { ok: true, roadmap: builtinRoadmap() };
}
