import type { DateSystem } from '../dates/serial-date';
import type { SchoolYear } from '../dates/school-year';
import type { TermDates } from '../dates/school-terms';
import type { SheetData } from '../grid/sheet-data';
import type { Issue } from '../issues/issue';
import { cellText } from '../values/cell-text';
import { builtinRows } from './builtin-roadmap-data';
import { findRoadmapHeader } from './find-roadmap-header';
import { type ItemNumberRead, readItemNumber } from './read-item-number';
import { type RoadmapRowContext, readRoadmapRow } from './read-roadmap-row';
import { roadmapColumns, requiredRoadmapFields } from './roadmap-columns';
import type { Roadmap, RoadmapItem } from './roadmap-item';

let knownNumbersMade: ReadonlySet<string> | null = null;
/** The built-in roadmap's item numbers, made when first needed (the add-on unpacks the order's text only then). */
const knownNumbers = (): ReadonlySet<string> => (knownNumbersMade ??= new Set(builtinRows.map((row) => row.id)));

/** What the roadmap is read with besides the tab and the school year. */
export interface ReadRoadmapOptions {
  /** Exact term dates of `Настройки`, for deadlines such as «II четверть». */
  readonly terms?: TermDates;
  /** How the workbook counts serial day numbers. */
  readonly dateSystem?: DateSystem;
}

/**
 * Reads the `Дорожная карта` tab: today's layout, which the committee may have edited, or an
 * order's table pasted as it comes (design §5). Headers are found by text wherever the header
 * row stands, today's (`Пункт`, `Срок`) or the order's (`№ п/п`, `Срок исполнения`,
 * `Ответственные, исполнители`). A row without a number under a numbered one is numbered the
 * way the built-in roadmap is (the row under 3.1 is 3.1.1; the rows under 5.2.5 are 5.2.5.1…),
 * with an info issue; a row with a number but no deadline, reporters or kind is a heading, not
 * an item. An empty `Отчитываются` or `Вид` is derived from the wording (`deriveReporters`,
 * `deriveKind`) with an info issue at its cell. Every problem is an issue at its cell: a missing
 * header, an unreadable deadline (an error; the item is kept without windows), a deadline with
 * no date or a window outside the school year (warnings), a duplicate or malformed number (the
 * row is skipped), an unknown reporter type, kind or status, an item number that the sheet
 * turned into a date. Never throws.
 *
 * @param sheet - the tab
 * @param year - the school year deadlines belong to (`Учебный год` of `Настройки`)
 * @param timeZone - the zone of `Date` cells
 * @param options - the term dates of `Настройки`
 * @example readRoadmap(toSheetData(roadmapSheet(builtinRoadmap())), { start: 2023 }, 'UTC').issues // []
 */
export function readRoadmap(
  sheet: SheetData,
  year: SchoolYear,
  timeZone: string,
  options: ReadRoadmapOptions = {},
): { roadmap: Roadmap; issues: Issue[] } {
  const tab = sheet.name;
  const rows = Array.isArray(sheet.values) ? sheet.values : [];
  const issues: Issue[] = [];
  const items: RoadmapItem[] = [];
  const header = findRoadmapHeader(rows);
  for (const field of requiredRoadmapFields) {
    if (header?.columns[field] === undefined) {
      const at = header ? header.row + 1 : null;
      issues.push({
        code: 'roadmap_missing_header',
        severity: 'error',
        tab,
        row: at,
        column: null,
        params: { header: roadmapColumns[field].header },
      });
    }
  }
  // Without its number, title or deadline a row cannot be read as an item: the missing header says why.
  if (!header || requiredRoadmapFields.some((field) => header.columns[field] === undefined)) {
    return { roadmap: { schoolYear: year, items }, issues };
  }
  const titles = new Map<string, string>();
  const responsibles = new Map<string, readonly string[]>();
  const context: RoadmapRowContext = {
    tab,
    year,
    timeZone,
    columns: header.columns,
    links: sheet.links,
    terms: options.terms ?? {},
    dateSystem: options.dateSystem ?? '1900',
    titleOf: (id) => titles.get(id) ?? '',
    responsibleOf: (id) => responsibles.get(id) ?? [],
  };
  const seen = new Map<string, number>();
  const idColumn = header.columns.id ?? 0;
  const titleColumn = header.columns.title;
  let parent: { id: string; children: number } | null = null;
  for (let r = header.row + 1; r < rows.length; r += 1) {
    const cells = rows[r];
    if (!Array.isArray(cells)) continue;
    if (isColumnNumbering(cells, timeZone)) continue;
    const merged = mergedHeading(cells, idColumn, titleColumn, timeZone);
    if (merged) {
      // «1. Постановка целей …» in one merged cell: a heading, read as its number and title.
      parent = { id: merged.id, children: 0 };
      titles.set(merged.id, merged.title);
      continue;
    }
    let number: ItemNumberRead = readItemNumber(cells[idColumn], timeZone, knownNumbers());
    if (number.kind === 'ok' || number.kind === 'date') parent = { id: number.id, children: 0 };
    else if (number.kind === 'blank' && parent && isItemRow(cells, context)) {
      // An unnumbered row of the order: the next child of the last numbered row above it.
      parent.children += 1;
      number = { kind: 'auto', id: `${parent.id}.${parent.children}`, parent: parent.id };
    }
    if (number.kind !== 'blank' && number.kind !== 'bad' && titleColumn !== undefined) {
      titles.set(number.id, cellText(cells[titleColumn], timeZone).trim());
    }
    const read = readRoadmapRow(cells, r, number, context);
    issues.push(...read.issues);
    if (!read.item) continue;
    const first = seen.get(read.item.id);
    if (first !== undefined) {
      issues.push({
        code: 'roadmap_duplicate_item',
        severity: 'error',
        tab,
        row: r + 1,
        column: idColumn + 1,
        params: { item: read.item.id, firstRow: first },
      });
      continue;
    }
    seen.set(read.item.id, r + 1);
    if (read.item.responsible.length > 0) responsibles.set(read.item.id, read.item.responsible);
    items.push(read.item);
  }
  return { roadmap: { schoolYear: year, items }, issues };
}

/** The row of column numbers (1, 2, 3, …) that orders put under the header. */
function isColumnNumbering(cells: readonly unknown[], timeZone: string): boolean {
  const texts = cells.map((cell) => cellText(cell, timeZone)).filter((text) => text !== '');
  return texts.length >= 3 && texts.every((text, i) => text === String(i + 1) || text === `${i + 1}.`);
}

/** A heading typed as «5.2. Организационно-методическое обеспечение» in the number's cell, the other cells blank. */
function mergedHeading(
  cells: readonly unknown[],
  idColumn: number,
  titleColumn: number | undefined,
  timeZone: string,
): { id: string; title: string } | null {
  if (cells.some((cell, c) => c !== idColumn && cellText(cell, timeZone) !== '')) return null;
  const match = /^(\d{1,3}(?:\.\d{1,3}){0,5})\.?\s+([^\d\s][\s\S]*)$/.exec(cellText(cells[idColumn], timeZone));
  if (!match || titleColumn === undefined) return null;
  return { id: match[1] ?? '', title: (match[2] ?? '').trim() };
}

/** Whether an unnumbered row is an item: it has a deadline, reporters or a kind (a bare title is a heading). */
function isItemRow(cells: readonly unknown[], context: RoadmapRowContext): boolean {
  return (['period', 'reporters', 'kind'] as const).some((field) => {
    const column = context.columns[field];
    return column !== undefined && cellText(cells[column], context.timeZone).trim() !== '';
  });
}
