import type { SheetData } from '../grid/sheet-data';
import { type FormSection, formSections, removedItemsTitle } from './form-spec';
import { isBlankCell, labelText, normaliseFormText, titleWithoutNumber } from './form-text';

/** Where a scalar field stands: its label's cell; the value is the next cell to the right. */
export interface FieldPlace {
  readonly row: number;
  readonly column: number;
}

/** A table found in the grid: its header row, each header's column, its non-blank data rows (all 0-based). */
export interface TablePlace {
  readonly headerRow: number | null;
  readonly columns: ReadonlyMap<string, number>;
  readonly missingHeaders: readonly string[];
  readonly rows: readonly number[];
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
  readonly tables: ReadonlyMap<string, TablePlace>;
  /** The «Удалённые пункты» block, when there is one. */
  readonly removed: SectionPlace | null;
}

interface TitleMatch {
  readonly id: string;
  readonly full: string;
  readonly bare: string;
}

const titles: readonly TitleMatch[] = [
  ...formSections.map((s) => {
    const full = normaliseFormText(s.title);
    return { id: s.id as string, full, bare: titleWithoutNumber(full) };
  }),
  { id: 'removed', full: normaliseFormText(removedItemsTitle), bare: normaliseFormText(removedItemsTitle) },
];

/** The first non-blank cell of a row, as its column and normalised text. */
export function firstCell(row: readonly unknown[] | undefined): { column: number; text: string } | null {
  if (!Array.isArray(row)) return null;
  for (let c = 0; c < row.length; c++) {
    const value: unknown = row[c];
    if (!isBlankCell(value)) return { column: c, text: normaliseFormText(labelText(value)) };
  }
  return null;
}

function titleOf(text: string): string | null {
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
 * @example locateForm(sheet).sections.get('responsible') // { row: 10, end: 18 }
 */
export function locateForm(sheet: SheetData): FormLocation {
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
    if ('fields' in section) fields.set(section.id, locateFields(section, place, firsts));
    else tables.set(section.id, locateTable(section, place, values));
  }
  return { sections, fields, tables, removed: sections.get('removed') ?? null };
}

function locateFields(
  section: Extract<FormSection, { fields: unknown }>,
  place: SectionPlace,
  firsts: readonly ({ column: number; text: string } | null)[],
): Map<string, FieldPlace> {
  const byLabel = new Map<string, string>();
  for (const field of section.fields) byLabel.set(normaliseFormText(field.label), field.key);
  const result = new Map<string, FieldPlace>();
  for (let r = place.row + 1; r < place.end; r++) {
    const first = firsts[r];
    const key = first ? byLabel.get(first.text) : undefined;
    if (first && key !== undefined && !result.has(key)) result.set(key, { row: r, column: first.column });
  }
  return result;
}

function locateTable(
  section: Extract<FormSection, { columns: unknown }>,
  place: SectionPlace,
  values: readonly (readonly unknown[])[],
): TablePlace {
  const byHeader = new Map<string, string>();
  for (const column of section.columns) byHeader.set(normaliseFormText(column.header), column.key);
  let best: { row: number; columns: Map<string, number> } | null = null;
  for (let r = place.row + 1; r < place.end && !best; r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    const columns = new Map<string, number>();
    for (let c = 0; c < row.length && c < 64; c++) {
      const key = byHeader.get(normaliseFormText(labelText(row[c])));
      if (key !== undefined && !columns.has(key)) columns.set(key, c);
    }
    if (columns.size * 2 >= section.columns.length) best = { row: r, columns };
  }
  const columns = best?.columns ?? new Map<string, number>();
  const missingHeaders = section.columns.filter((c) => !columns.has(c.key)).map((c) => c.header);
  const rows: number[] = [];
  if (best) {
    const used = [...columns.values()];
    for (let r = best.row + 1; r < place.end; r++) {
      const row = values[r];
      if (Array.isArray(row) && used.some((c) => !isBlankCell(row[c]))) rows.push(r);
    }
  }
  return { headerRow: best?.row ?? null, columns, missingHeaders, rows };
}
