import { type SchoolYear, schoolYearLabel } from '../../core/dates/school-year';
import type { DateSystem } from '../../core/dates/serial-date';
import { parseSchoolYear } from '../../core/directory/parse-school-year';
import { defaultSchoolYear, readSettings } from '../../core/directory/read-settings';
import { schoolYearSetting } from '../../core/directory/school-year-setting';
import type { Settings } from '../../core/directory/settings';
import type { SheetData, WorkbookData } from '../../core/grid/sheet-data';
import { tabNames } from '../../core/grid/tab-names';
import { readRoadmap } from '../../core/roadmap/read-roadmap';
import { roadmapSchoolYear } from '../../core/roadmap/school-year-named-by';
import { normalizeLabel } from '../../core/values/normalize-label';
import type { CliIo } from './cli-io';
import { refuse } from './cli-refusal';
import { readBookArgument } from './read-book-argument';

/** Where a school year was found: `--school-year`, the book's `Настройки`, or the years its deadlines name. */
export type SchoolYearSource = 'argument' | 'settings' | 'periods';

/** A workbook given for its roadmap (`template --roadmap`, `roadmap --book`), with the year it carries. */
export interface RoadmapBook {
  /** The path as typed. */
  readonly shownAs: string;
  /** The whole workbook, for a command that also checks it (`roadmap --book`). */
  readonly workbook: WorkbookData;
  readonly tab: SheetData | undefined;
  readonly timeZone: string;
  readonly dateSystem: DateSystem;
  /** Its `Настройки` as read (defaults when it has none). */
  readonly settings: Settings;
  /** The school year it records in `Настройки`, else the one its deadlines name; null when neither. */
  readonly year: { readonly year: SchoolYear; readonly source: 'settings' | 'periods' } | null;
}

function tabNamed(tabs: readonly SheetData[], name: string): SheetData | undefined {
  const key = normalizeLabel(name);
  return tabs.find((tab) => normalizeLabel(tab.name) === key);
}

/**
 * `--school-year` as typed: `2024`, `2024/2025`, `2024-25`; refused with one Russian line otherwise.
 *
 * @param text - the argument, or undefined when not given
 * @example schoolYearArgument('2024/2025') // { start: 2024 }
 */
export function schoolYearArgument(text: string | undefined): SchoolYear | null {
  if (text === undefined) return null;
  const year = parseSchoolYear(text);
  if (year === null) refuse(`Учебный год «${text}» не читается: укажите, например, 2024 или 2024/2025.`);
  return year;
}

/**
 * Reads a workbook given for its roadmap and the school year it carries: `Учебный год` of its
 * `Настройки` (written by `template` and by `import-roadmap`), else the year its deadlines name
 * (`roadmapSchoolYear`, for a roadmap workbook that records none). Refuses an unreadable file.
 *
 * @param path - the path as typed
 * @param cwd - the folder it is relative to
 * @example const book = await readRoadmapBook('дк-2024.xlsx', io.cwd) // book.year: { year: { start: 2024 }, source: 'settings' }
 */
export async function readRoadmapBook(path: string, cwd: string): Promise<RoadmapBook> {
  const book = await readBookArgument(path, cwd);
  const { timeZone } = book.workbook;
  const dateSystem = book.workbook.dateSystem ?? '1900';
  const settingsTab = tabNamed(book.workbook.committee, tabNames.settings);
  const tab = tabNamed(book.workbook.committee, tabNames.roadmap);
  const { settings } = readSettings(settingsTab, timeZone, dateSystem);
  const recorded = schoolYearSetting(settingsTab, timeZone);
  let year: RoadmapBook['year'] = recorded ? { year: recorded, source: 'settings' } : null;
  if (!year && tab) {
    const periods = readRoadmap(tab, defaultSchoolYear, timeZone, { dateSystem }).roadmap.items.map((i) => i.period);
    const named = roadmapSchoolYear(periods);
    if (named) year = { year: named, source: 'periods' };
  }
  return { shownAs: path, workbook: book.workbook, tab, timeZone, dateSystem, settings, year };
}

/**
 * The school year a command works in when it is given a roadmap workbook: `--school-year` when
 * given, else the one the workbook carries (said on stderr when only its deadlines name it).
 * A `--school-year` that contradicts the year the workbook records, or no year anywhere, is
 * refused with one Russian line (exit 2): a roadmap is never read silently in another year.
 *
 * @param given - `--school-year`, or null
 * @param book - the roadmap workbook
 * @param io - for the line on stderr
 * @example schoolYearWith(null, book, io) // { year: { start: 2024 }, source: 'settings' }
 */
export function schoolYearWith(
  given: SchoolYear | null,
  book: RoadmapBook,
  io: CliIo,
): { readonly year: SchoolYear; readonly source: SchoolYearSource } {
  const carried = book.year;
  if (given && carried?.source === 'settings' && carried.year.start !== given.start) {
    refuse(
      `Учебный год ${schoolYearLabel(given)} в --school-year не совпадает с учебным годом дорожной карты «${book.shownAs}» — ${schoolYearLabel(carried.year)} (лист «${tabNames.settings}», «Учебный год»). Уберите --school-year или укажите --school-year ${carried.year.start}.`,
    );
  }
  if (given) return { year: given, source: 'argument' };
  if (carried?.source === 'periods') {
    io.stderr(
      `Учебный год ${schoolYearLabel(carried.year)} взят по срокам дорожной карты «${book.shownAs}»: в книге он не записан. Если год другой, укажите --school-year.\n`,
    );
  }
  if (carried) return carried;
  return refuse(
    `В «${book.shownAs}» не записан учебный год (лист «${tabNames.settings}», «Учебный год»), и сроки дорожной карты его не называют: укажите его, например --school-year 2024.`,
  );
}
