import type { CellRange, Fill, OutputSheet, OutValue, SheetFormat } from '../grid/output-sheet';

/** A table tab: lines above the header (the stamp, totals), the header, the data rows. */
export interface TableSpec {
  readonly name: string;
  /** Lines above the header; the first is normally the «Сформировано …» stamp. */
  readonly intro: readonly (readonly OutValue[])[];
  readonly headers: readonly string[];
  readonly rows: readonly (readonly OutValue[])[];
  /** Pixel widths, one per header. */
  readonly widths: readonly number[];
  /** 0-based columns holding identifiers (codes, ИНН, item numbers, phones): plain text. */
  readonly textColumns?: readonly number[];
  readonly wrapColumns?: readonly number[];
  /** Fills of data cells; `row` is the 0-based data row. */
  readonly fills?: readonly { readonly row: number; readonly column: number; readonly fill: Fill }[];
  /** Notes on data cells; `row` is the 0-based data row. */
  readonly notes?: readonly { readonly row: number; readonly column: number; readonly text: string }[];
  /** Data rows to make bold (group titles). */
  readonly boldRows?: readonly number[];
  readonly numberFormats?: readonly { readonly column: number; readonly pattern: string }[];
  readonly frozenColumns?: number;
}

/**
 * An output tab from a table description: the header bold, filled and frozen with the lines
 * above it, identifier columns as text, fills and notes shifted to the data rows. Formatting as data.
 *
 * @param spec - the table
 * @example tableSheet({ name: 'Ответственные', intro: [[stamp]], headers, rows, widths }).format.frozenRows // 2
 */
export function tableSheet(spec: TableSpec): OutputSheet {
  const headerRow = spec.intro.length;
  const first = headerRow + 1;
  const count = Math.max(1, spec.rows.length);
  const columns = spec.headers.length;
  const column = (c: number): CellRange => ({ row: first, column: c, rows: count });
  const format: SheetFormat = {
    frozenRows: headerRow + 1,
    ...(spec.frozenColumns ? { frozenColumns: spec.frozenColumns } : {}),
    columnWidths: spec.widths,
    bold: [
      { row: headerRow, column: 0, columns },
      ...(spec.intro.length > 1 ? [{ row: 1, column: 0, rows: spec.intro.length - 1, columns }] : []),
      ...(spec.boldRows ?? []).map((r) => ({ row: first + r, column: 0, columns })),
    ],
    italic: spec.intro.length > 0 ? [{ row: 0, column: 0 }] : [],
    wrap: [{ row: headerRow, column: 0, columns }, ...(spec.wrapColumns ?? []).map(column)],
    fills: [
      { row: headerRow, column: 0, columns, fill: 'header' },
      ...(spec.fills ?? []).map((f) => ({ row: first + f.row, column: f.column, fill: f.fill })),
    ],
    text: (spec.textColumns ?? []).map(column),
    numberFormats: (spec.numberFormats ?? []).map((f) => ({ ...column(f.column), pattern: f.pattern })),
    ...(spec.notes?.length ? { notes: spec.notes.map((n) => ({ ...n, row: first + n.row })) } : {}),
  };
  return { name: spec.name, rows: [...spec.intro, [...spec.headers], ...spec.rows], format };
}
