import type { IsoDate } from '../dates/iso-date';

/**
 * A value the add-on writes. Strings are always literal text (never parsed, never a formula,
 * whatever they start with); dates and links are explicit.
 */
export type OutValue =
  | string
  | number
  | boolean
  | null
  | { readonly kind: 'date'; readonly date: IsoDate }
  | { readonly kind: 'datetime'; readonly date: IsoDate; readonly time: string }
  | { readonly kind: 'link'; readonly url: string; readonly text: string };

/** A rectangle of cells, 0-based, `rows`/`columns` ≥ 1. */
export interface CellRange {
  readonly row: number;
  readonly column: number;
  readonly rows?: number;
  readonly columns?: number;
}

export type Fill = 'green' | 'lightGreen' | 'yellow' | 'red' | 'grey' | 'header' | 'locked' | 'problem' | 'warning';

/**
 * A chart over a block of the tab's own cells (Sheets only: the .xlsx adapter cannot write
 * charts and ignores this). Rows `firstRow`–`lastRow` hold the data, `firstRow` being the
 * series' headers; `domainColumn` the labels; `seriesColumns` the values. 0-based.
 */
export interface SheetChart {
  readonly title: string;
  /** `bar`: horizontal bars; `stackedBar`: the series stacked in one bar per label. */
  readonly type: 'bar' | 'stackedBar';
  readonly firstRow: number;
  readonly lastRow: number;
  readonly domainColumn: number;
  readonly seriesColumns: readonly number[];
  /** The cell where the chart's top-left corner stands. */
  readonly anchor: { readonly row: number; readonly column: number };
  /** Colours of the series, `#rrggbb`, in order (optional). */
  readonly colours?: readonly string[];
}

/**
 * How a tab looks, as data: both adapters (Sheets, xlsx) apply it. Indexes are 0-based.
 * Anything absent is left as the spreadsheet's default.
 */
export interface SheetFormat {
  readonly frozenRows?: number;
  readonly frozenColumns?: number;
  /** Widths in pixels, by column. */
  readonly columnWidths?: readonly number[];
  readonly bold?: readonly CellRange[];
  readonly italic?: readonly CellRange[];
  readonly wrap?: readonly CellRange[];
  readonly fills?: readonly (CellRange & { readonly fill: Fill })[];
  /** Plain-text format (`@`), so a Russian-locale sheet never turns `1.2` into a date. */
  readonly text?: readonly CellRange[];
  readonly numberFormats?: readonly (CellRange & { readonly pattern: string })[];
  /** Dropdowns: a list of allowed values (the add-on still checks every value). */
  readonly dropdowns?: readonly (CellRange & { readonly values: readonly string[] })[];
  readonly notes?: readonly { readonly row: number; readonly column: number; readonly text: string }[];
  readonly merges?: readonly CellRange[];
  /** Cells the organisation may edit; everything else on a protected tab is locked. */
  readonly editable?: readonly CellRange[];
  readonly hidden?: boolean;
  readonly hiddenColumns?: readonly number[];
  /** Charts drawn from the tab's cells (the add-on applies them; the .xlsx adapter cannot). */
  readonly charts?: readonly SheetChart[];
}

/** A tab to write: its values and its look. */
export interface OutputSheet {
  readonly name: string;
  readonly rows: readonly (readonly OutValue[])[];
  readonly format: SheetFormat;
}
