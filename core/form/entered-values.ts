import type { OutValue } from '../grid/output-sheet';
import type { SheetData } from '../grid/sheet-data';
import { formLineOf } from './form-lines';
import {
  addedRowsBlock,
  decisionsSection,
  eventsSection,
  formSections,
  movedValuesBlock,
  recommendationCodeColumn,
  removedItemsIntro,
  roadmapSection,
  type TableColumn,
  trainingSection,
} from './form-spec';
import { normaliseFormText } from './form-text';
import { itemKeyText } from './item-key-text';
import { type FormLocation, firstCell, locateForm, type SectionPlace, type TablePlace } from './locate-form';
import { isBlankRow, toOutValue } from './to-out-value';

/** A row of the existing tab and where its cells go in the rendered one (existing column → rendered column). */
export interface SourceRow {
  /** 0-based row in the existing tab. */
  readonly row: number;
  readonly columns: ReadonlyMap<number, number>;
}

/** A table row as entered: its values in the spec's column order, and where they came from. */
export interface EnteredRow extends SourceRow {
  readonly values: readonly OutValue[];
}

/** A section 7 row: its recommendation key ('' for a row the school added), `[recommendation, decision, document]`. */
export interface EnteredDecision extends EnteredRow {
  readonly key: string;
}

/** The body of section 5 or 6 as it stands: rows by offset from the body's first row. */
export interface TableBody {
  /** Null where the row is blank. */
  readonly rows: readonly (EnteredRow | null)[];
  /** Rows of the body, the blank line before the next title left out. */
  readonly length: number;
}

/** What an organisation entered in its tab, where it stands, as values to write back. */
export interface EnteredValues {
  /** The check-result line found above the form, kept when the tab is rendered again. */
  readonly checkLine: string | null;
  /** The add-on's lines above the form (0 title, 1 check result, 2 hint) → their row. */
  readonly lines: ReadonlyMap<number, SourceRow>;
  /** Title rows by section or block id. */
  readonly titles: ReadonlyMap<string, SourceRow>;
  /** Header rows by table id; the intro lines of the blocks under `removed.intro`, `added.intro` and `moved.intro`. */
  readonly headers: ReadonlyMap<string, SourceRow>;
  /** Sections 2 and 3 by field key: the value and its row (label → A, value → B, hint → C). */
  readonly scalars: ReadonlyMap<string, { readonly value: OutValue } & SourceRow>;
  /** Section 4 by row key (`1.2`, `3.2/1`), the first row of each key. */
  readonly roadmap: ReadonlyMap<string, EnteredRow>;
  /** Section 4 rows without a key, or repeating one. */
  readonly strayItems: readonly EnteredRow[];
  /** Rows of the «Удалённые пункты» block. */
  readonly removed: readonly EnteredRow[];
  /** Rows of the «Строки, добавленные организацией» block. */
  readonly added: readonly EnteredRow[];
  readonly events: TableBody | null;
  readonly training: TableBody | null;
  readonly decisions: readonly EnteredDecision[];
  /** Rows of the «Перенесённые значения» block, every column as it stands. */
  readonly moved: readonly EnteredRow[];
}

class Reader {
  constructor(
    readonly sheet: SheetData,
    readonly timeZone: string,
  ) {}

  value(r: number, c: number): OutValue {
    return toOutValue(this.sheet.values[r]?.[c], this.sheet.links?.[r]?.[c], this.timeZone);
  }

  /** A table row: values in the declared order, each found column linked to its declared one. */
  tableRow(r: number, place: TablePlace, declared: readonly TableColumn[]): EnteredRow {
    const columns = new Map<number, number>();
    const values = declared.map((column, i) => {
      const c = place.columns.get(column.key);
      if (c === undefined) return null;
      columns.set(c, i);
      return this.value(r, c);
    });
    return { row: r, columns, values };
  }

  /** A row linked cell for cell. */
  wholeRow(r: number): EnteredRow {
    const row = this.sheet.values[r] ?? [];
    const width = Math.max(row.length, this.sheet.links?.[r]?.length ?? 0);
    const columns = new Map<number, number>();
    const values: OutValue[] = [];
    for (let c = 0; c < width; c++) {
      columns.set(c, c);
      values.push(this.value(r, c));
    }
    return { row: r, columns, values };
  }
}

/** The shape of a `Пункт`: `1.2`, `5.2.6.3`, `3.2/1`. */
export const itemKeyShape = /^\d+(\.\d+)*(\/\d+)?$/;

const identityOf = (width: number) => new Map(Array.from({ length: width }, (_, c) => [c, c] as const));

/**
 * Everything an organisation entered in an existing tab, read leniently where it stands (moved
 * sections, inserted rows, a deleted header row, a renamed label), with the row each value came
 * from, so a new template can be written around it (design §10: no write makes a value disappear).
 *
 * @param sheet - the existing tab
 * @param timeZone - the zone of its `Date` cells
 * @param where - the tab's form located leniently, when already known
 * @example enteredValues(tab, 'UTC').scalars.get('fullName')?.value // 'Иванова Анна Петровна'
 */
export function enteredValues(
  sheet: SheetData,
  timeZone: string,
  where: FormLocation = locateForm(sheet, { lenient: true }),
): EnteredValues {
  const read = new Reader(sheet, timeZone);
  const titles = new Map<string, SourceRow>();
  for (const [id, place] of where.sections) {
    const first = firstCell(sheet.values[place.row]);
    titles.set(id, { row: place.row, columns: new Map([[first?.column ?? 0, 0]]) });
  }
  const headers = new Map<string, SourceRow>();
  for (const [id, table] of where.tables) {
    const declared = id === 'moved' ? movedValuesBlock.columns : columnsOf(id);
    if (!declared || table.headerRow === null) continue;
    const map = new Map<number, number>();
    declared.forEach((column, i) => {
      const c = table.columns.get(column.key);
      if (c !== undefined) map.set(c, i);
    });
    headers.set(id, { row: table.headerRow, columns: map });
  }
  const scalars = new Map<string, { value: OutValue } & SourceRow>();
  for (const fields of where.fields.values()) {
    for (const [key, place] of fields) {
      const c = place.column;
      const columns = new Map([
        [c, 0],
        [c + 1, 1],
        [c + 2, 2],
      ]);
      scalars.set(key, { value: read.value(place.row, c + 1), row: place.row, columns });
    }
  }
  const { roadmap, strayItems } = sectionFour(read, where.tables.get('roadmap'), timeZone);
  const removed = blockRows(read, where, 'removed', removedItemsIntro).map((r) => {
    const place = where.tables.get('removed');
    return place ? read.tableRow(r, place, roadmapSection.columns) : read.wholeRow(r);
  });
  const added = blockRows(read, where, addedRowsBlock.id, addedRowsBlock.intro).map((r) => {
    const place = where.tables.get(addedRowsBlock.id);
    return place ? read.tableRow(r, place, roadmapSection.columns) : read.wholeRow(r);
  });
  const moved = blockRows(read, where, 'moved', movedValuesBlock.intro).map((r) => read.wholeRow(r));
  for (const [id, intro] of [
    ['removed', removedItemsIntro],
    [addedRowsBlock.id, addedRowsBlock.intro],
    ['moved', movedValuesBlock.intro],
  ] as const) {
    const row = introRow(sheet, where.sections.get(id), intro);
    if (row !== null) headers.set(`${id}.intro`, { row, columns: identityOf(1) });
  }
  return {
    checkLine: checkLineOf(sheet, where),
    lines: linesOf(sheet, where),
    titles,
    headers,
    scalars,
    roadmap,
    strayItems,
    removed,
    added,
    events: tableBody(read, where, 'events', eventsSection.columns),
    training: tableBody(read, where, 'training', trainingSection.columns),
    decisions: decisionRows(read, where.tables.get('decisions')),
    moved,
  };
}

function columnsOf(id: string): readonly TableColumn[] | null {
  if (id === 'removed' || id === addedRowsBlock.id) return roadmapSection.columns;
  const section = formSections.find((s) => s.id === id);
  return section && 'columns' in section ? section.columns : null;
}

/** The first row above the form holding each of the add-on's lines. */
function linesOf(sheet: SheetData, where: FormLocation): Map<number, SourceRow> {
  const lines = new Map<number, SourceRow>();
  const top = Math.min(...[...where.sections.values()].map((s) => s.row), sheet.values.length);
  for (let r = 0; r < top; r++) {
    const first = sheet.values[r]?.[0];
    const line = formLineOf(first);
    if (line !== null && !lines.has(line)) lines.set(line, { row: r, columns: identityOf(1) });
  }
  return lines;
}

function checkLineOf(sheet: SheetData, where: FormLocation): string | null {
  const line = linesOf(sheet, where).get(1);
  const text = line ? sheet.values[line.row]?.[0] : null;
  return typeof text === 'string' ? text : null;
}

function sectionFour(
  read: Reader,
  place: TablePlace | undefined,
  timeZone: string,
): { roadmap: Map<string, EnteredRow>; strayItems: EnteredRow[] } {
  const roadmap = new Map<string, EnteredRow>();
  const strayItems: EnteredRow[] = [];
  if (!place) return { roadmap, strayItems };
  const keyColumn = place.columns.get('key');
  for (const r of place.rows) {
    const row = read.tableRow(r, place, roadmapSection.columns);
    const key = keyColumn === undefined ? null : itemKeyText(read.sheet.values[r]?.[keyColumn], timeZone, null);
    const isKey = key !== null && itemKeyShape.test(key);
    // A note typed under the items is no item: it is kept where stray text goes, not as a removed item.
    if (!isKey && row.values.slice(3).every((v) => v === null)) continue;
    if (isKey && !roadmap.has(key)) roadmap.set(key, row);
    else strayItems.push(row);
  }
  return { roadmap, strayItems };
}

function introRow(sheet: SheetData, place: SectionPlace | undefined, intro: string): number | null {
  if (!place) return null;
  const r = place.row + 1;
  const first = firstCell(sheet.values[r]);
  return r < place.end && first?.text === normaliseFormText(intro) ? r : null;
}

/** The non-blank rows of a block below its header (or its title and intro when the header is gone). */
function blockRows(read: Reader, where: FormLocation, id: string, intro: string): number[] {
  const place = where.sections.get(id);
  const table = where.tables.get(id);
  if (!place || !table) return [];
  const skip = introRow(read.sheet, place, intro);
  const rows: number[] = [];
  for (let r = table.bodyStart; r < place.end; r++) if (r !== skip && !isBlankRow(read.sheet, r)) rows.push(r);
  return rows;
}

function tableBody(
  read: Reader,
  where: FormLocation,
  id: 'events' | 'training',
  declared: readonly TableColumn[],
): TableBody | null {
  const section = where.sections.get(id);
  const place = where.tables.get(id);
  if (!section || !place) return null;
  const sheet = read.sheet;
  let end = section.end;
  // The blank line before the next title is the template's spacing, not a row of the table.
  if (end < sheet.values.length && end > place.bodyStart && isBlankRow(sheet, end - 1)) end--;
  const rows: (EnteredRow | null)[] = [];
  for (let r = place.bodyStart; r < end; r++) {
    rows.push(isBlankRow(sheet, r) ? null : read.tableRow(r, place, declared));
  }
  return { rows, length: rows.length };
}

function decisionRows(read: Reader, place: TablePlace | undefined): EnteredDecision[] {
  if (!place) return [];
  const result: EnteredDecision[] = [];
  for (const r of place.rows) {
    const row = read.tableRow(r, place, decisionsSection.columns);
    const key = String(read.sheet.values[r]?.[recommendationCodeColumn] ?? '').trim();
    const columns = new Map(row.columns);
    if (key !== '') columns.set(recommendationCodeColumn, recommendationCodeColumn);
    result.push({ ...row, columns, key });
  }
  return result;
}
