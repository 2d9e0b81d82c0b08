import type { SchoolYear } from '../dates/school-year';
import type { SheetData } from '../grid/sheet-data';
import type { Issue } from '../issues/issue';
import { builtinRows } from './builtin-roadmap-data';
import { findRoadmapHeader } from './find-roadmap-header';
import { readItemNumber } from './read-item-number';
import { type RoadmapRowContext, readRoadmapRow } from './read-roadmap-row';
import { roadmapColumns, requiredRoadmapFields } from './roadmap-columns';
import type { Roadmap, RoadmapItem } from './roadmap-item';

const knownNumbers: ReadonlySet<string> = new Set(builtinRows.map((row) => row.id));

/**
 * Reads the `Дорожная карта` tab, which the committee may have edited: headers found by text
 * wherever the header row stands, items added or removed, deadlines changed, a new school year.
 * Every problem is an issue at its cell: a missing header, an unreadable deadline (the item is
 * kept without windows), a duplicate or malformed number (the row is skipped), an unknown
 * reporter type, kind or status, an item number that the sheet turned into a date. A row with
 * a number but no deadline, reporters or kind is a heading and is skipped. Never throws.
 *
 * @param sheet - the tab
 * @param year - the school year deadlines belong to (`Учебный год` of `Настройки`)
 * @param timeZone - the zone of `Date` cells
 * @example readRoadmap(toSheetData(roadmapSheet(builtinRoadmap())), { start: 2023 }, 'UTC').issues // []
 */
export function readRoadmap(
  sheet: SheetData,
  year: SchoolYear,
  timeZone: string,
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
  if (!header) return { roadmap: { schoolYear: year, items }, issues };
  const context: RoadmapRowContext = { tab, year, timeZone, columns: header.columns, links: sheet.links };
  const seen = new Map<string, number>();
  const idColumn = header.columns.id ?? 0;
  for (let r = header.row + 1; r < rows.length; r += 1) {
    const cells = rows[r];
    if (!Array.isArray(cells)) continue;
    const number = readItemNumber(cells[idColumn], timeZone, knownNumbers);
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
    items.push(read.item);
  }
  return { roadmap: { schoolYear: year, items }, issues };
}
