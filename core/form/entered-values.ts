import { isoDateInZone } from '../dates/iso-date-in-zone';
import type { SheetData } from '../grid/sheet-data';
import type { OutValue } from '../grid/output-sheet';
import {
  decisionsSection,
  eventsSection,
  recommendationCodeColumn,
  roadmapSection,
  trainingSection,
} from './form-spec';
import { isBlankCell } from './form-text';
import { itemKeyText } from './item-key-text';
import { locateForm, type TablePlace } from './locate-form';

/** Prefix of the keys under which section 7 rows without a recommendation code are kept. */
export const uncodedPrefix = '\u0000';

/** What an organisation entered in its tab, as values to write back. */
export interface EnteredValues {
  /** Sections 2 and 3 by field key. */
  readonly scalars: ReadonlyMap<string, OutValue>;
  /** Section 4 by row key (`1.2`, `3.2/1`): every column in spec order. */
  readonly roadmap: ReadonlyMap<string, readonly OutValue[]>;
  /** Section 4 rows of the «Удалённые пункты» block and rows with an unknown key, all columns. */
  readonly removed: readonly (readonly OutValue[])[];
  readonly events: readonly (readonly OutValue[])[];
  readonly training: readonly (readonly OutValue[])[];
  /** Section 7 `[recommendation, decision, document]` by recommendation code ('' for rows without one). */
  readonly decisions: ReadonlyMap<string, readonly OutValue[]>;
}

/**
 * A cell as a value to write back: text stays text, numbers and booleans stay, a `Date`
 * becomes the calendar date it shows, a cell with a link stays a link.
 *
 * @param cell - a cell value
 * @param link - its hyperlink, if any
 * @param timeZone - the zone of `Date` cells
 */
export function toOutValue(cell: unknown, link: string | null | undefined, timeZone: string): OutValue {
  if (isBlankCell(cell)) return link ? { kind: 'link', url: link, text: link } : null;
  if (link) return { kind: 'link', url: link, text: cellString(cell, timeZone) };
  if (typeof cell === 'string' || typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : String(cell);
  if (cell instanceof Date) {
    const date = isoDateInZone(cell, timeZone);
    return date ? { kind: 'date', date } : null;
  }
  return cellString(cell, timeZone);
}

function cellString(cell: unknown, timeZone: string): string {
  if (cell instanceof Date) return isoDateInZone(cell, timeZone) ?? '';
  if (typeof cell === 'object' && cell !== null) {
    try {
      return JSON.stringify(cell)?.slice(0, 32_767) ?? '';
    } catch {
      return '';
    }
  }
  return String(cell);
}

function tableRows(
  sheet: SheetData,
  place: TablePlace | undefined,
  keys: readonly string[],
  timeZone: string,
): { row: number; values: OutValue[] }[] {
  if (!place) return [];
  return place.rows.map((r) => ({
    row: r,
    values: keys.map((key) => {
      const c = place.columns.get(key);
      return c === undefined ? null : toOutValue(sheet.values[r]?.[c], sheet.links?.[r]?.[c], timeZone);
    }),
  }));
}

/**
 * Everything an organisation entered in an existing tab, found by labels and headers, so a
 * new template can be written around it (design §10: upgrading keeps every entered value).
 *
 * @param sheet - the existing tab
 * @param timeZone - the zone of its `Date` cells
 */
export function enteredValues(sheet: SheetData, timeZone: string): EnteredValues {
  const where = locateForm(sheet);
  const scalars = new Map<string, OutValue>();
  for (const fields of where.fields.values()) {
    for (const [key, place] of fields) {
      const c = place.column + 1;
      scalars.set(key, toOutValue(sheet.values[place.row]?.[c], sheet.links?.[place.row]?.[c], timeZone));
    }
  }
  const roadmapKeys = roadmapSection.columns.map((c) => c.key);
  const roadmap = new Map<string, OutValue[]>();
  const removed: OutValue[][] = [];
  const sectionFour = tableRows(sheet, where.tables.get('roadmap'), roadmapKeys, timeZone);
  for (const { row, values } of sectionFour) {
    const c = where.tables.get('roadmap')?.columns.get('key') ?? 0;
    const key = itemKeyText(sheet.values[row]?.[c], timeZone, null);
    if (key && !roadmap.has(key)) roadmap.set(key, values);
    else removed.push(values);
  }
  if (where.removed) {
    const block = locateRemoved(sheet, where.removed.row, where.removed.end);
    for (const { values } of tableRows(sheet, block, roadmapKeys, timeZone)) removed.push(values);
  }
  const decisions = new Map<string, OutValue[]>();
  const decisionPlace = where.tables.get('decisions');
  for (const { row, values } of tableRows(
    sheet,
    decisionPlace,
    decisionsSection.columns.map((c) => c.key),
    timeZone,
  )) {
    const code = String(sheet.values[row]?.[recommendationCodeColumn] ?? '').trim();
    if (values.every((v) => v === null)) continue;
    // Rows without a code (typed by the organisation) are each kept under a key of their own.
    const key = code === '' ? `${uncodedPrefix}${row}` : code;
    if (!decisions.has(key)) decisions.set(key, values);
  }
  return {
    scalars,
    roadmap,
    removed,
    events: tableRows(
      sheet,
      where.tables.get('events'),
      eventsSection.columns.map((c) => c.key),
      timeZone,
    ).map((r) => r.values),
    training: tableRows(
      sheet,
      where.tables.get('training'),
      trainingSection.columns.map((c) => c.key),
      timeZone,
    ).map((r) => r.values),
    decisions,
  };
}

/** The «Удалённые пункты» block has section 4's headers; find them like a section 4 table. */
function locateRemoved(sheet: SheetData, start: number, end: number): TablePlace | undefined {
  const rows = sheet.values.slice(0, end);
  const fake: SheetData = {
    name: sheet.name,
    values: [...rows.slice(0, start).map(() => []), [roadmapSection.title], ...rows.slice(start + 1)],
  };
  return locateForm(fake).tables.get('roadmap');
}
