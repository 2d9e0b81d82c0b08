import { checkDateRule } from './date-rules';
import type { FormReader, ReadableField } from './form-reader';
import { roadmapRowsFor } from './form-roadmap';
import { roadmapSection } from './form-spec';
import { itemKeyOf } from './item-key-text';
import type { TablePlace } from './locate-form';
import type { RowStatus } from '../roadmap/row-status';
import type { FieldValue, SpecKey, SpecOf } from './spec-values';
import type { RoadmapRow } from './submission';

type Columns = typeof roadmapSection.columns;
type ColumnKey = SpecKey<Columns>;

// Each column's reading spec, built once: the reader runs for a thousand tabs.
const specs = new Map<ColumnKey, ReadableField>(
  roadmapSection.columns.map((c) => [c.key, { ...c, name: c.header, required: false }] as const),
);

/**
 * Section 4: one row per roadmap item window, found by `Пункт`. A `выполнено` row needs
 * `Дата выполнения` and `Подтверждение`; a date without `выполнено` is a warning; rows of the
 * roadmap that are missing are errors naming the item.
 *
 * @param reader - the tab being read
 * @param table - where the table stands
 */
export function readRoadmapRows(reader: FormReader, table: TablePlace): RoadmapRow[] {
  const expected = roadmapRowsFor(reader.ctx.roadmap, reader.ctx.org.type);
  const byKey = new Map(expected.map((e) => [e.key, e]));
  const known = new Set(byKey.keys());
  const firstRow = new Map<string, number>();
  const result: RoadmapRow[] = [];
  const at = (key: ColumnKey) => table.columns.get(key);
  const keyColumn = at('key');
  if (keyColumn === undefined) return result;
  for (const r of table.rows) {
    const read = itemKeyOf(reader.cell(r, keyColumn), reader.ctx.timeZone, known);
    if (!read) {
      // A row the school added to section 4, or a Пункт wiped out: say so rather than lose it.
      reader.add(r, keyColumn, 'form_item_key_missing', 'warning');
      continue;
    }
    if (read.converted) {
      reader.add(r, keyColumn, 'form_item_key_was_date', 'warning', {
        key: read.key,
        found: String(reader.cell(r, keyColumn) instanceof Date ? 'дату' : reader.cell(r, keyColumn)),
      });
    }
    const item = byKey.get(read.key);
    if (!item) {
      reader.add(r, keyColumn, 'form_item_row_unknown', 'warning', { key: read.key });
      continue;
    }
    const first = firstRow.get(read.key);
    if (first !== undefined) {
      reader.add(r, keyColumn, 'form_item_row_duplicate', 'warning', { key: read.key, first: first + 1 });
      continue;
    }
    firstRow.set(read.key, r);
    result.push(readRow(reader, r, item.itemId, item.window, read.key, at));
  }
  for (const item of expected) {
    if (!firstRow.has(item.key)) reader.add(null, null, 'form_item_row_missing', 'error', { key: item.key });
  }
  return result;
}

function readRow(
  reader: FormReader,
  r: number,
  itemId: string,
  window: number,
  key: string,
  at: (key: ColumnKey) => number | undefined,
): RoadmapRow {
  const read = <K extends ColumnKey>(
    name: K,
  ): { value: FieldValue<SpecOf<Columns, K>> | null; column: number | undefined } => {
    const c = at(name);
    const spec = specs.get(name);
    if (c === undefined || !spec) return { value: null, column: c };
    return { value: reader.value(r, c, spec), column: c };
  };
  const statusCell = read('status');
  const statusBlank = statusCell.column !== undefined && isBlank(reader, r, statusCell.column);
  const status: RowStatus | null = statusBlank ? 'не начато' : statusCell.value;
  const date = read('doneOn');
  let doneOn = date.value;
  if (doneOn !== null && date.column !== undefined) doneOn = checkDateRule(reader, r, date.column, 'done', doneOn);
  const evidence = read('evidence');
  const comment = read('comment');
  if (status === 'выполнено') {
    if (date.column !== undefined && date.value === null && isBlank(reader, r, date.column)) {
      reader.add(r, date.column, 'form_done_without_date', 'error', { key });
    }
    if (evidence.column !== undefined && evidence.value === null && isBlank(reader, r, evidence.column)) {
      reader.add(r, evidence.column, 'form_done_without_evidence', 'error', { key });
    }
  } else if (status !== null && date.value !== null && date.column !== undefined) {
    reader.add(r, date.column, 'form_date_without_done', 'warning', { key, status });
  }
  return { itemId, window, status, doneOn, evidence: evidence.value, comment: comment.value ?? '', row: r + 1 };
}

function isBlank(reader: FormReader, r: number, c: number): boolean {
  const v = reader.cell(r, c);
  return (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) && reader.link(r, c) === null;
}
