import type { TableColumn } from './form-spec';
import type { FormReader } from './form-reader';
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
  return {
    get<T>(key: string, required?: boolean): T | null {
      const c = table.columns.get(key);
      const spec = columns.find((x) => x.key === key);
      if (c === undefined || !spec) return null;
      const mustFill = required ?? spec.required;
      return reader.value<T>(row, c, { ...spec, name: spec.header, required: mustFill });
    },
    column: (key) => table.columns.get(key),
  };
}
