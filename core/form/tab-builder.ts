import type { CellRange, Fill, OutValue, OutputSheet, SheetFormat } from '../grid/output-sheet';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

/**
 * Accumulates the rows of a tab and its look, row by row, so the template reads top to
 * bottom like the form. Indexes are 0-based, as in `OutputSheet`.
 */
export class TabBuilder {
  readonly rows: OutValue[][] = [];
  readonly format: Mutable<
    Required<
      Pick<
        SheetFormat,
        'bold' | 'italic' | 'wrap' | 'fills' | 'text' | 'numberFormats' | 'dropdowns' | 'editable' | 'merges'
      >
    >
  > = {
    bold: [],
    italic: [],
    wrap: [],
    fills: [],
    text: [],
    numberFormats: [],
    dropdowns: [],
    editable: [],
    merges: [],
  };

  constructor(readonly width: number) {}

  /** Index the next row will get. */
  get next(): number {
    return this.rows.length;
  }

  /** Appends a row padded to the tab's width; returns its index. */
  row(values: readonly OutValue[]): number {
    const row: OutValue[] = values.slice(0, this.width);
    while (row.length < this.width) row.push(null);
    this.rows.push(row);
    return this.rows.length - 1;
  }

  bold(range: CellRange): void {
    this.format.bold.push(range);
  }

  italic(range: CellRange): void {
    this.format.italic.push(range);
  }

  fill(range: CellRange, fill: Fill): void {
    this.format.fills.push({ ...range, fill });
  }

  text(range: CellRange): void {
    this.format.text.push(range);
  }

  wrap(range: CellRange): void {
    this.format.wrap.push(range);
  }

  numberFormat(range: CellRange, pattern: string): void {
    this.format.numberFormats.push({ ...range, pattern });
  }

  dropdown(range: CellRange, values: readonly string[]): void {
    if (values.length > 0) this.format.dropdowns.push({ ...range, values });
  }

  editable(range: CellRange): void {
    this.format.editable.push(range);
  }

  merge(range: CellRange): void {
    this.format.merges.push(range);
  }

  /** The finished tab. */
  build(name: string, extra: SheetFormat = {}): OutputSheet {
    const f = this.format;
    const format: SheetFormat = {
      ...extra,
      ...(f.bold.length ? { bold: f.bold } : {}),
      ...(f.italic.length ? { italic: f.italic } : {}),
      ...(f.wrap.length ? { wrap: f.wrap } : {}),
      ...(f.fills.length ? { fills: f.fills } : {}),
      ...(f.text.length ? { text: f.text } : {}),
      ...(f.numberFormats.length ? { numberFormats: f.numberFormats } : {}),
      ...(f.dropdowns.length ? { dropdowns: f.dropdowns } : {}),
      ...(f.editable.length ? { editable: f.editable } : {}),
      ...(f.merges.length ? { merges: f.merges } : {}),
    };
    return { name, rows: this.rows, format };
  }
}
