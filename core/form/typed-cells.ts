import type { OutValue } from '../grid/output-sheet';
import type { SheetData } from '../grid/sheet-data';
import { cellKey } from './cell-map';
import { itemKeyShape } from './entered-values';
import { toOutValue } from './to-out-value';
import { formLineOf } from './form-lines';
import {
  addedRowsBlock,
  formSections,
  movedValuesBlock,
  organisationSection,
  recommendationCodeColumn,
  removedItemsIntro,
  roadmapSection,
  type ScalarField,
  type TableColumn,
} from './form-spec';
import { isBlankCell, labelText, normaliseFormText } from './form-text';
import { itemKeyText } from './item-key-text';
import { type FormLocation, firstCell, locateForm } from './locate-form';

/** A non-empty cell a school could have typed (0-based), as the value it holds. */
export interface TypedCell {
  readonly row: number;
  readonly column: number;
  readonly value: OutValue;
}

const recommendationKeyShape = /^[a-z][a-z0-9_]*(:.+)?$/s;

/**
 * A value reduced for comparison: two cells hold the same value when their keys are equal
 * (text exactly, numbers, calendar dates, links by address and text).
 *
 * @param value - a value as written back
 * @example valueKey({ kind: 'date', date: '2024-02-01' }) // 'd:2024-02-01'
 */
export function valueKey(value: OutValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return `s:${value}`;
  if (typeof value === 'number') return `n:${value}`;
  if (typeof value === 'boolean') return `b:${value}`;
  if (value.kind === 'link') return `l:${value.url}|${value.text}`;
  if (value.kind === 'date') return `d:${value.date}`;
  return `t:${value.date} ${value.time}`;
}

const same = (cell: unknown, text: string) => normaliseFormText(labelText(cell)) === normaliseFormText(text);

/** The columns of section 4 (and «Удалённые пункты») the add-on fills from the roadmap. */
const itemColumns = ['key', 'title', 'period'] as const;

/**
 * What the add-on writes into the cells it fills itself, as a tab laid out by it holds them:
 * section 1's values by field key (as `valueKey`s), and each `Пункт` with its `Мероприятие` and
 * `Срок` as section 4 and «Удалённые пункты» hold them (`itemSlot`s).
 */
export interface TemplateCells {
  readonly fields: ReadonlyMap<string, string>;
  readonly items: ReadonlySet<string>;
}

const itemSlot = (key: string, column: string, value: OutValue) => `${key}\u0000${column}\u0000${valueKey(value)}`;

/**
 * The values the add-on wrote into the cells it fills itself (section 1, section 4's `Пункт`,
 * `Мероприятие`, `Срок`), read from a tab it laid out: a cell of another version of the tab that
 * holds something else there was typed over (design §10: it must not vanish).
 *
 * @param sheet - a tab as the add-on lays it out (the tab about to be written)
 * @param timeZone - the zone of its `Date` cells
 * @example templateCells(asSheetData(laid.sheet), 'UTC').fields.get('district') // 's:Курчатовский'
 */
export function templateCells(sheet: SheetData, timeZone: string): TemplateCells {
  const where = locateForm(sheet, { lenient: true });
  const value = (r: number, c: number) => toOutValue(sheet.values[r]?.[c], sheet.links?.[r]?.[c], timeZone);
  const fields = new Map<string, string>();
  for (const [key, place] of where.fields.get(organisationSection.id) ?? [])
    fields.set(key, valueKey(value(place.row, place.column + 1)));
  const items = new Set<string>();
  for (const id of ['roadmap', 'removed']) {
    const table = where.tables.get(id);
    const keyColumn = table?.columns.get('key');
    if (!table || keyColumn === undefined) continue;
    for (const r of table.rows) {
      const key = itemKeyText(sheet.values[r]?.[keyColumn], timeZone, null);
      if (!key) continue;
      for (const name of itemColumns) {
        const c = table.columns.get(name);
        if (c !== undefined) items.add(itemSlot(key, name, value(r, c)));
      }
    }
  }
  return { fields, items };
}

/**
 * The cells of an organisation tab the add-on wrote and may write again: the lines above the form,
 * section titles, labels and hints as the template has them, table headers, section 1's values,
 * the roadmap's columns of section 4 and «Удалённые пункты», section 7's recommendations and
 * their hidden keys, the addresses of moved values. Everything else that is not blank was typed.
 * Given `template`, a cell of section 1 or of the roadmap's columns is the add-on's only when it
 * holds what the template writes there: a school may have typed over it.
 */
function addOnCells(
  sheet: SheetData,
  where: FormLocation,
  timeZone: string,
  template: TemplateCells | undefined,
): Set<number> {
  const values = sheet.values;
  const cells = new Set<number>();
  const mark = (row: number, column: number) => cells.add(cellKey({ row, column }));
  const value = (r: number, c: number) => toOutValue(values[r]?.[c], sheet.links?.[r]?.[c], timeZone);
  const top = Math.min(values.length, ...[...where.sections.values()].map((s) => s.row));
  for (let r = 0; r < top; r++) if (formLineOf(values[r]?.[0]) !== null) mark(r, 0);
  for (const place of where.sections.values()) mark(place.row, firstCell(values[place.row])?.column ?? 0);
  for (const [id, intro] of [
    ['removed', removedItemsIntro],
    [addedRowsBlock.id, addedRowsBlock.intro],
    [movedValuesBlock.id, movedValuesBlock.intro],
  ] as const) {
    const place = where.sections.get(id);
    if (place && same(values[place.row + 1]?.[0], intro)) mark(place.row + 1, 0);
  }
  for (const section of formSections) {
    if (!('fields' in section)) continue;
    for (const field of section.fields as readonly ScalarField[]) {
      const place = where.fields.get(section.id)?.get(field.key);
      if (!place) continue;
      const row = values[place.row];
      if (same(row?.[place.column], field.label)) mark(place.row, place.column);
      if (field.hint !== undefined && same(row?.[place.column + 2], field.hint)) mark(place.row, place.column + 2);
      if (section.id !== organisationSection.id) continue;
      const written = template?.fields.get(field.key);
      if (!template || written === valueKey(value(place.row, place.column + 1))) mark(place.row, place.column + 1);
    }
  }
  for (const [id, table] of where.tables) {
    const declared: readonly TableColumn[] =
      id === movedValuesBlock.id
        ? movedValuesBlock.columns
        : id === 'removed' || id === addedRowsBlock.id
          ? roadmapSection.columns
          : (formSections.find((s) => s.id === id && 'columns' in s) as { columns: readonly TableColumn[] }).columns;
    if (table.headerRow !== null) {
      for (const column of declared) {
        const c = table.columns.get(column.key);
        if (c !== undefined && same(values[table.headerRow]?.[c], column.header)) mark(table.headerRow, c);
      }
    }
    const at = (key: string) => table.columns.get(key);
    if (id === 'roadmap' || id === 'removed') {
      const key = at('key');
      for (const r of table.rows) {
        const text = key === undefined ? null : itemKeyText(values[r]?.[key], timeZone, null);
        if (key === undefined || !text || !itemKeyShape.test(text)) continue;
        mark(r, key);
        for (const name of itemColumns.slice(1)) {
          const c = at(name);
          if (c !== undefined && (!template || template.items.has(itemSlot(text, name, value(r, c))))) mark(r, c);
        }
      }
    } else if (id === 'decisions') {
      for (const r of table.rows) {
        const code = values[r]?.[recommendationCodeColumn];
        if (typeof code !== 'string' || !recommendationKeyShape.test(code.trim())) continue;
        mark(r, recommendationCodeColumn);
        const c = at('recommendation');
        if (c !== undefined) mark(r, c);
      }
    } else if (id === movedValuesBlock.id) {
      const end = where.sections.get(id)?.end ?? values.length;
      for (let r = table.bodyStart; r < end; r++) {
        const address = values[r]?.[0];
        if (typeof address === 'string' && movedValuesBlock.addressPattern.test(address)) mark(r, 0);
      }
    }
  }
  return cells;
}

/**
 * Every non-empty cell of an organisation tab that a school could have typed, anywhere in it: the
 * values of the form and anything else (text beside a field, between sections, in rows it
 * inserted, past column H), everything but what the add-on writes. Two tabs hold the same entered
 * values when these cells give the same multiset of `valueKey`s. Given `template` (what the add-on
 * writes into the tab now), a value typed over one of the add-on's cells — section 1, a roadmap
 * item's `Мероприятие` or `Срок` — counts as typed too, unless it is what the template writes there.
 *
 * @param sheet - the tab as read
 * @param timeZone - the zone of its `Date` cells
 * @param where - the tab's form located leniently, when already known
 * @param template - the add-on's own cells as the tab about to be written holds them (`templateCells`)
 * @example typedCells(tab, 'UTC').find((c) => c.row === 8 && c.column === 1)?.value // 'Иванова Анна Петровна'
 */
export function typedCells(
  sheet: SheetData,
  timeZone: string,
  where: FormLocation = locateForm(sheet, { lenient: true }),
  template?: TemplateCells,
): TypedCell[] {
  const addOn = addOnCells(sheet, where, timeZone, template);
  const typed: TypedCell[] = [];
  sheet.values.forEach((row, r) => {
    if (!Array.isArray(row)) return;
    const links = sheet.links?.[r];
    const width = Math.max(row.length, links?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const link = links?.[c];
      if ((isBlankCell(row[c]) && !link) || addOn.has(cellKey({ row: r, column: c }))) continue;
      typed.push({ row: r, column: c, value: toOutValue(row[c], link, timeZone) });
    }
  });
  return typed;
}
