import type { TableColumn } from './form-spec';
import type { FormReader, ReadableField } from './form-reader';

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
import type { TablePlace } from './locate-form';

/**
 * A reader of one data row of a table: each column's value by key (null when the header is
 * missing, the cell blank or wrong), and the column of each key for pointing at cells.
 *
 * @param reader - the tab being read
 * @param table - where the table stands
 * @param columns - the table's declared columns
 * @param row - 0-based row
 */
export function tableRowReader(
  reader: FormReader,
  table: TablePlace,
  columns: readonly TableColumn[],
  row: number,
): { get: <T>(key: string, required?: boolean) => T | null; column: (key: string) => number | undefined } {
  const specs = specsOf(columns);
  return {
    get<T>(key: string, required?: boolean): T | null {
      const c = table.columns.get(key);
      const spec = specs.get(key);
      if (c === undefined || !spec) return null;
      const field = required === undefined || required === spec.required ? spec : { ...spec, required };
      return reader.value<T>(row, c, field);
    },
    column: (key) => table.columns.get(key),
  };
}
