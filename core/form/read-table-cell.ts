import type { TableColumn } from './form-spec';
import type { FormReader, ReadableField } from './form-reader';
import type { TablePlace } from './locate-form';
import type { FieldValue, SpecKey, SpecOf } from './spec-values';

const cache = new WeakMap<readonly TableColumn[], Map<string, ReadableField>>();

/** Each column's reading spec by key, built once per table declaration. */
function specsOf(columns: readonly TableColumn[]): Map<string, ReadableField> {
  let specs = cache.get(columns);
  if (!specs) {
    specs = new Map(columns.map((c) => [c.key, { ...c, name: c.header }]));
    cache.set(columns, specs);
  }
  return specs;
}

/** One data row of a table, read cell by cell by the table's own keys. */
export interface TableRowReader<C extends readonly TableColumn[]> {
  /** The value of a column by its type (null when the header is missing, the cell blank or wrong). */
  get<K extends SpecKey<C>>(key: K, required?: boolean): FieldValue<SpecOf<C, K>> | null;
  /** The 0-based column of a key, for pointing at cells. */
  column(key: SpecKey<C>): number | undefined;
}

/**
 * A reader of one data row of a table: each column's value by key, typed by the column's
 * declaration (a misspelt key does not compile), and the column of each key.
 *
 * @param reader - the tab being read
 * @param table - where the table stands
 * @param columns - the table's declared columns
 * @param row - 0-based row
 * @example tableRowReader(reader, table, trainingSection.columns, 40).get('hours') // 36
 */
export function tableRowReader<const C extends readonly TableColumn[]>(
  reader: FormReader,
  table: TablePlace,
  columns: C,
  row: number,
): TableRowReader<C> {
  const specs = specsOf(columns);
  return {
    get(key, required) {
      const c = table.columns.get(key);
      const spec = specs.get(key);
      if (c === undefined || !spec) return null;
      const field = required === undefined || required === spec.required ? spec : { ...spec, required };
      return reader.value(row, c, field);
    },
    column: (key) => table.columns.get(key),
  };
}
