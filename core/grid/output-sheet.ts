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
 * A picture over the tab's cells, given as SVG (the .xlsx adapter renders it to PNG and places it;
 * Sheets draws `charts` instead and ignores pictures). The rows it covers are left empty by the
 * tab, counted at `pictureRowPixels` each.
 */
export interface SheetPicture {
  /** What it shows, for a reader that cannot see it (the picture's description). */
  readonly title: string;
  readonly svg: string;
  /** Size on the sheet, in pixels. */
  readonly width: number;
  readonly height: number;
  /** The cell (0-based) where its top-left corner stands. */
  readonly anchor: { readonly row: number; readonly column: number };
}

/** The height in pixels of an empty row of the .xlsx shell (13 pt ≈ 17.3 px), for the rows a picture covers. */
export const pictureRowPixels = 17;

/**
 * How a tab prints. Sheets has no print set-up (its PDF export passes its own parameters); the
 * .xlsx adapter applies this on A4, fit to width, with defaults for what is absent.
 */
interface PrintSetup {
  /** Default: landscape when the visible columns are too wide for a portrait page. */
  readonly orientation?: 'portrait' | 'landscape';
  /** Rows repeated at the top of every printed page (0-based); default: the frozen rows. */
  readonly repeatRows?: { readonly row: number; readonly rows: number };
  /** Rows (0-based) that start a new printed page. */
  readonly pageBreaks?: readonly number[];
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
  /** Cells with a thin border on every side (the .xlsx adapter draws them; Sheets leaves them as they are). */
  readonly borders?: readonly CellRange[];
  /** Cells the organisation may edit; everything else on a protected tab is locked. */
  readonly editable?: readonly CellRange[];
  /** Hidden tab; `very`: hidden so that only a program can show it again (Excel's «очень скрытый»). */
  readonly hidden?: boolean | 'very';
  readonly hiddenColumns?: readonly number[];
  /** Charts drawn from the tab's cells (the add-on applies them; the .xlsx adapter cannot). */
  readonly charts?: readonly SheetChart[];
  /** Pictures (the .xlsx adapter places them; the add-on draws `charts` instead). */
  readonly pictures?: readonly SheetPicture[];
  readonly print?: PrintSetup;
}

/** A tab to write: its values and its look. */
export interface OutputSheet {
  readonly name: string;
  readonly rows: readonly (readonly OutValue[])[];
  readonly format: SheetFormat;
}
