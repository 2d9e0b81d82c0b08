import type { SheetData } from '../grid/sheet-data';
import {
  addedRowsBlock,
  type FormSection,
  formSections,
  movedValuesBlock,
  removedItemsTitle,
  roadmapSection,
  type TableColumn,
} from './form-spec';
import { isBlankCell, labelText, normaliseFormText, titleWithoutNumber } from './form-text';

/** Where a scalar field stands: its label's cell; the value is the next cell to the right. */
export interface FieldPlace {
  readonly row: number;
  readonly column: number;
  /** Found by its place between its neighbours, its label renamed (lenient reading only). */
  readonly byPosition?: boolean;
}

/** A table found in the grid: its header row, each header's column, its non-blank data rows (all 0-based). */
export interface TablePlace {
  readonly headerRow: number | null;
  readonly columns: ReadonlyMap<string, number>;
  readonly missingHeaders: readonly string[];
  readonly rows: readonly number[];
  /** First row of the table's body: after the header, or after the title when the header is gone (lenient). */
  readonly bodyStart: number;
}

export interface SectionPlace {
  readonly row: number;
  /** First row after the section (the next title or the end of the grid). */
  readonly end: number;
}

/** What `locateForm` found: sections by id, scalar fields by key, tables by section id (0-based rows and columns). */
export interface FormLocation {
  readonly sections: ReadonlyMap<string, SectionPlace>;
  readonly fields: ReadonlyMap<string, ReadonlyMap<string, FieldPlace>>;
  /** Sections 4–7 by id, and the blocks `removed`, `added` (section 4's columns) and `moved`. */
  readonly tables: ReadonlyMap<string, TablePlace>;
  /** The «Удалённые пункты» block, when there is one. */
  readonly removed: SectionPlace | null;
}

export interface LocateOptions {
  /**
   * Read the form where it stands even when damaged, to keep what it holds: a table whose header
   * row is gone is taken in the template's column order; a header renamed in a table laid out as
   * the template stands at its template column; a renamed label is found between its neighbours.
   * The check reads strictly (and reports what is missing); writes read leniently.
   */
  readonly lenient?: boolean;
}

interface TitleMatch {
  readonly id: string;
  readonly full: string;
  readonly bare: string;
}

/** The blocks the add-on writes below the form, located like tables. */
const blocks = [
  { id: 'removed', title: removedItemsTitle, columns: roadmapSection.columns },
  { id: addedRowsBlock.id, title: addedRowsBlock.title, columns: roadmapSection.columns },
  { id: movedValuesBlock.id, title: movedValuesBlock.title, columns: movedValuesBlock.columns },
] as const;

const titles: readonly TitleMatch[] = [...formSections, ...blocks].map((s) => {
  const full = normaliseFormText(s.title);
  return { id: s.id as string, full, bare: titleWithoutNumber(full) };
});

/** The first non-blank cell of a row, as its column and normalised text. */
export function firstCell(row: readonly unknown[] | undefined): { column: number; text: string } | null {
  if (!Array.isArray(row)) return null;
  for (let c = 0; c < row.length; c++) {
    const value: unknown = row[c];
    if (!isBlankCell(value)) return { column: c, text: normaliseFormText(labelText(value)) };
  }
  return null;
}

/** The id of the section whose title a normalised text is, or null. */
export function titleOf(text: string): string | null {
  if (text === '' || text.length > 80) return null;
  const bare = titleWithoutNumber(text);
  for (const t of titles) if (t.full === text || t.bare === bare) return t.id;
  return null;
}

/**
 * Finds the form's sections, scalar labels and table headers by their text, wherever they
 * stand, so inserted rows or moved tables do not matter. A section runs from its title to
 * the next title; a table from its header row to the section's end, blank rows skipped.
 *
 * @param sheet - the organisation's tab
 * @param options - `lenient` to read a damaged form where it stands (for writes)
 * @example locateForm(sheet).sections.get('responsible') // { row: 10, end: 18 }
 */
export function locateForm(sheet: SheetData, options: LocateOptions = {}): FormLocation {
  const lenient = options.lenient === true;
  const values = Array.isArray(sheet.values) ? sheet.values : [];
  const found: { id: string; row: number }[] = [];
  const seen = new Set<string>();
  const firsts: ({ column: number; text: string } | null)[] = [];
  for (let r = 0; r < values.length; r++) {
    const first = firstCell(values[r]);
    firsts.push(first);
    const id = first ? titleOf(first.text) : null;
    if (id && !seen.has(id)) {
      seen.add(id);
      found.push({ id, row: r });
    }
  }
  found.sort((a, b) => a.row - b.row);
  const sections = new Map<string, SectionPlace>();
  found.forEach((f, i) => {
    sections.set(f.id, { row: f.row, end: found[i + 1]?.row ?? values.length });
  });
  const fields = new Map<string, ReadonlyMap<string, FieldPlace>>();
  const tables = new Map<string, TablePlace>();
  for (const section of formSections) {
    const place = sections.get(section.id);
    if (!place) continue;
    if ('fields' in section) fields.set(section.id, locateFields(section, place, firsts, lenient));
    else tables.set(section.id, locateTable(section.columns, place, values, lenient));
  }
  for (const block of blocks) {
    const place = sections.get(block.id);
    if (place) tables.set(block.id, locateTable(block.columns, place, values, lenient));
  }
  return { sections, fields, tables, removed: sections.get('removed') ?? null };
}

function locateFields(
  section: Extract<FormSection, { fields: unknown }>,
  place: SectionPlace,
  firsts: readonly ({ column: number; text: string } | null)[],
  lenient: boolean,
): Map<string, FieldPlace> {
  const byLabel = new Map<string, string>();
  for (const field of section.fields) byLabel.set(normaliseFormText(field.label), field.key);
  const result = new Map<string, FieldPlace>();
  for (let r = place.row + 1; r < place.end; r++) {
    const first = firsts[r];
    const key = first ? byLabel.get(first.text) : undefined;
    if (first && key !== undefined && !result.has(key)) result.set(key, { row: r, column: first.column });
  }
  if (!lenient) return result;
  // A renamed label: the row right after the previous field's, if it is no other field's label.
  const used = new Set([...result.values()].map((p) => p.row));
  let previous = place.row;
  for (const field of section.fields) {
    const known = result.get(field.key);
    if (known) {
      previous = known.row;
      continue;
    }
    const r = previous + 1;
    const first = firsts[r];
    if (r >= place.end || used.has(r) || !first || first.column > 1 || byLabel.has(first.text)) continue;
    result.set(field.key, { row: r, column: 0, byPosition: true });
    used.add(r);
    previous = r;
  }
  return result;
}

function locateTable(
  declared: readonly TableColumn[],
  place: SectionPlace,
  values: readonly (readonly unknown[])[],
  lenient: boolean,
): TablePlace {
  const byHeader = new Map<string, string>();
  for (const column of declared) byHeader.set(normaliseFormText(column.header), column.key);
  let best: { row: number; columns: Map<string, number> } | null = null;
  for (let r = place.row + 1; r < place.end && !best; r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    const columns = new Map<string, number>();
    for (let c = 0; c < row.length && c < 64; c++) {
      const key = byHeader.get(normaliseFormText(labelText(row[c])));
      if (key !== undefined && !columns.has(key)) columns.set(key, c);
    }
    if (columns.size * 2 >= declared.length) best = { row: r, columns };
  }
  const missingHeaders = declared.filter((c) => !best?.columns.has(c.key)).map((c) => c.header);
  if (lenient) {
    if (!best) {
      // The header row is gone: the body starts under the title, in the template's column order.
      const columns = new Map(declared.map((c, i) => [c.key as string, i]));
      return {
        headerRow: null,
        columns,
        missingHeaders,
        rows: bodyRows(place.row + 1, place.end, columns, values),
        bodyStart: place.row + 1,
      };
    }
    const inPlace = declared.every((c, i) => !best.columns.has(c.key) || best.columns.get(c.key) === i);
    if (inPlace)
      declared.forEach((c, i) => {
        if (!best.columns.has(c.key)) best.columns.set(c.key, i);
      });
  }
  const columns = best?.columns ?? new Map<string, number>();
  const rows = best ? bodyRows(best.row + 1, place.end, columns, values) : [];
  return { headerRow: best?.row ?? null, columns, missingHeaders, rows, bodyStart: (best?.row ?? place.row) + 1 };
}

function bodyRows(
  from: number,
  end: number,
  columns: ReadonlyMap<string, number>,
  values: readonly (readonly unknown[])[],
): number[] {
  const used = [...columns.values()];
  const rows: number[] = [];
  for (let r = from; r < end; r++) {
    const row = values[r];
    if (Array.isArray(row) && used.some((c) => !isBlankCell(row[c]))) rows.push(r);
  }
  return rows;
}
