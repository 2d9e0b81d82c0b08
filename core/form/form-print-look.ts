import type { CellRange, OutputSheet } from '../grid/output-sheet';
import { formSections, movedValuesBlock, removedItemsTitle } from './form-spec';
import { labelText, normaliseFormText } from './form-text';

/** How an organisation's form prints, beyond what Sheets shows: the .xlsx shell applies it. */
export interface FormPrintLook {
  /** The cells that get a thin border: headers of the tables, their data rows, the value cells of sections 1–3. */
  readonly borders: readonly CellRange[];
  /**
   * Blocks to print on one page, 0-based: each section's title with its table header (and the line
   * between them, in the blocks the add-on writes) and its first rows, so no page ends on a title.
   */
  readonly keepTogether: readonly { readonly row: number; readonly rows: number }[];
}

/** How many rows of a section stay with its title (and header). */
export const rowsKeptWithTitle = 2;

/** Rows between a title and its table header at most (the kept blocks have a line of explanation between). */
const headerWithin = 2;

const titles = new Set(
  [...formSections.map((s) => s.title), removedItemsTitle, movedValuesBlock.title].map(normaliseFormText),
);

/** The fills of the cells a form lays out as table or value cells (with the editable ones). */
const tableFills = new Set(['header', 'locked', 'grey']);

/**
 * How an organisation's form prints (design §9, issue 13): thin borders on its table and value
 * cells — every header, locked, kept-row (grey) or editable cell, so an empty table prints as a
 * table and not as blank space — and, for each section title (the form's seven, «Удалённые пункты»,
 * «Перенесённые значения»), the block of rows that must print on one page: the title, its table
 * header, and the first `rowsKeptWithTitle` rows. Null for a tab that is not a form (no editable
 * cell, or no «1. Организация»). Pure; the add-on does not use it (Sheets prints by its own export).
 *
 * @param sheet - a tab from `renderOrgTab` / `planOrgTab`
 * @example formPrintLook(orgTemplate(org, roadmap, settings))?.keepTogether[4] // { row: 83, rows: 4 } (section 5: title, header, 2 rows)
 */
export function formPrintLook(sheet: OutputSheet): FormPrintLook | null {
  const format = sheet.format;
  if (!format.editable?.length) return null;
  const titleRows: number[] = [];
  sheet.rows.forEach((row, r) => {
    const first = row[0];
    if (typeof first === 'string' && titles.has(normaliseFormText(labelText(first)))) titleRows.push(r);
  });
  if (titleRows.length === 0) return null;
  const headers = new Set(
    (format.fills ?? []).filter((f) => f.fill === 'header').flatMap((f) => rowsOf(f.row, f.rows ?? 1)),
  );
  const keepTogether = titleRows.map((title, i) => {
    // A section ends at the blank row before the next title, or at the tab's end.
    const next = titleRows[i + 1];
    const end = next !== undefined ? next - 1 : sheet.rows.length;
    let header = title;
    for (let r = title + 1; r <= title + headerWithin && r < end; r++) {
      if (headers.has(r)) {
        header = r;
        break;
      }
    }
    const last = Math.min(end - 1, header + rowsKeptWithTitle);
    return { row: title, rows: Math.max(1, last - title + 1) };
  });
  const borders: CellRange[] = [
    ...(format.fills ?? [])
      .filter((f) => tableFills.has(f.fill))
      .map((f): CellRange => ({ row: f.row, column: f.column, rows: f.rows ?? 1, columns: f.columns ?? 1 })),
    ...format.editable,
  ];
  return { borders, keepTogether };
}

function rowsOf(first: number, count: number): number[] {
  return Array.from({ length: Math.max(1, count) }, (_, i) => first + i);
}
