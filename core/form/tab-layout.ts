import type { OutValue } from '../grid/output-sheet';
import type { SheetData } from '../grid/sheet-data';
import { CellMap } from './cell-map';
import type { SourceRow } from './entered-values';
import { type FieldType, formColumns, type TableColumn } from './form-spec';
import { isBlankCell } from './form-text';
import { TabBuilder } from './tab-builder';
import { toOutValue } from './to-out-value';

/** Date format of every date cell of the form. */
const formDatePattern = 'dd.mm.yyyy';

/** Columns B–G of a moved value's row are the school's to edit (H stays hidden). */
export const movedEditableColumns = formColumns - 2;

/** The tab being written and the rows of the existing tab each rendered row continues. */
export class TabLayout {
  readonly b = new TabBuilder(formColumns);
  private readonly links: { source: SourceRow; to: number }[] = [];

  constructor(
    private readonly existing: SheetData | undefined,
    private readonly timeZone: string,
  ) {}

  /** Appends a row that continues `source` (its cells are linked, the others carried in place). */
  row(values: readonly OutValue[], source?: SourceRow | null): number {
    const r = this.b.row(values);
    // A continued row keeps the cells it has past the form's columns.
    for (let c = formColumns; c < values.length; c++) this.b.rows[r]?.push(values[c] ?? null);
    if (source) this.links.push({ source, to: r });
    return r;
  }

  title(text: string, source: SourceRow | undefined): void {
    this.b.row([]);
    const r = this.row([text], source);
    this.b.bold({ row: r, column: 0 });
  }

  /**
   * Links every cell of each continued row, and carries in place the cells the template has no
   * column for (a note beside a field): whatever cannot be placed is left for `planOrgTab` to keep.
   */
  finish(): CellMap {
    const map = new CellMap();
    const sheet = this.existing;
    for (const { source, to } of this.links) {
      for (const [from, column] of source.columns) map.link({ row: source.row, column: from }, { row: to, column });
      const values = sheet?.values[source.row];
      if (!sheet || !Array.isArray(values)) continue;
      const target = this.b.rows[to];
      if (!target) continue;
      const width = Math.max(values.length, sheet.links?.[source.row]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        if (source.columns.has(c)) continue;
        const link = sheet.links?.[source.row]?.[c];
        if (isBlankCell(values[c]) && !link) continue;
        while (target.length <= c) target.push(null);
        if (target[c] !== null) continue;
        target[c] = toOutValue(values[c], link, this.timeZone);
        map.link({ row: source.row, column: c }, { row: to, column: c });
      }
    }
    return map;
  }
}

/** Text and date formats of a scalar field's value cell. */
export function formatCell(
  b: TabBuilder,
  row: number,
  column: number,
  field: { type: FieldType; asText?: boolean },
): void {
  if (field.asText) b.text({ row, column });
  if (field.type === 'date') b.numberFormat({ row, column }, formDatePattern);
}

/**
 * A table's header row, bold and filled, continuing the existing tab's header row.
 *
 * @param l - the tab
 * @param columns - the table's columns
 * @param source - the existing header row
 */
export function tableHeader(l: TabLayout, columns: readonly TableColumn[], source: SourceRow | undefined): void {
  const { b } = l;
  const r = l.row(
    columns.map((c) => c.header),
    source,
  );
  b.bold({ row: r, column: 0, columns: columns.length });
  b.fill({ row: r, column: 0, columns: columns.length }, 'header');
  b.wrap({ row: r, column: 0, columns: columns.length });
}

/**
 * Formats a block of data rows of a table: text and date columns, dropdowns, editable and locked cells.
 *
 * @param b - the tab
 * @param columns - the table's columns
 * @param first - first data row
 * @param count - data rows
 * @param lists - dropdown lists by column key
 */
export function tableBody(
  b: TabBuilder,
  columns: readonly TableColumn[],
  first: number,
  count: number,
  lists: ReadonlyMap<string, readonly string[]>,
) {
  if (count <= 0) return;
  columns.forEach((column, c) => {
    const range = { row: first, column: c, rows: count };
    if (column.asText) b.text(range);
    if (column.type === 'date') b.numberFormat(range, formDatePattern);
    if (column.locked) b.fill(range, 'locked');
    else b.editable(range);
    const list = column.options ?? lists.get(column.key);
    if (list && !column.locked) b.dropdown(range, list);
  });
}
