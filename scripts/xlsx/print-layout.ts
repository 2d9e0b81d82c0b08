import { wrappedLines } from '../../core/grid/text-width';
import type { CellRange, OutputSheet, OutValue } from '../../core/grid/output-sheet';

/** Width of a column without a declared width (Excel's 8.43 characters). */
const defaultColumnPixels = 64;

/** Points per line of text in Arial 10, the font of every written cell (Excel's row for it is 12.75). */
export const linePoints = 13;

/** The most points a row may be high in Excel. */
const maxRowPoints = 409;

/**
 * Printable width of A4 in pixels (96 dpi) between the margins the writer sets (0.4″ each side):
 * portrait 210 mm, landscape 297 mm.
 */
export const a4Pixels = { portrait: 717, landscape: 1046 } as const;

/** Portrait while fitting the width shrinks a tab to no less than this. */
const portraitMinScale = 0.8;

function columnPixels(sheet: OutputSheet, column: number): number {
  const px = sheet.format.columnWidths?.[column];
  return px !== undefined && px > 0 ? px : defaultColumnPixels;
}

function shown(value: OutValue): string | null {
  if (value === null || typeof value === 'boolean') return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return String(value);
  return value.kind === 'link' ? value.text : null;
}

/**
 * The printed width of a tab in pixels: every visible column up to the last one holding a value.
 *
 * @param sheet - the tab
 * @example visibleWidth({ name: 'T', rows: [['a', 'b']], format: { columnWidths: [100, 200] } }) // 300
 */
export function visibleWidth(sheet: OutputSheet): number {
  const hidden = new Set(sheet.format.hiddenColumns ?? []);
  let last = -1;
  for (const row of sheet.rows) {
    for (let c = row.length - 1; c > last; c--) {
      if (shown(row[c] ?? null) !== null && !hidden.has(c)) {
        last = c;
        break;
      }
    }
  }
  for (const p of sheet.format.pictures ?? []) last = Math.max(last, p.anchor.column);
  let px = 0;
  for (let c = 0; c <= last; c++) if (!hidden.has(c)) px += columnPixels(sheet, c);
  const pictures = (sheet.format.pictures ?? []).map((p) => {
    let left = 0;
    for (let c = 0; c < p.anchor.column; c++) if (!hidden.has(c)) left += columnPixels(sheet, c);
    return left + p.width;
  });
  return Math.max(px, ...pictures);
}

/**
 * The orientation a tab prints in: the tab's own choice, else portrait unless fitting its width
 * to a portrait page would shrink it below 80 %.
 *
 * @param sheet - the tab
 * @example printOrientation(registry) // 'landscape'
 */
export function printOrientation(sheet: OutputSheet): 'portrait' | 'landscape' {
  if (sheet.format.print?.orientation) return sheet.format.print.orientation;
  return visibleWidth(sheet) * portraitMinScale > a4Pixels.portrait ? 'landscape' : 'portrait';
}

/**
 * The rows repeated on every printed page, 1-based inclusive: the tab's choice, else its frozen rows.
 *
 * @param sheet - the tab
 * @example repeatedRows(tableSheet(spec)) // { first: 1, last: 3 }
 */
export function repeatedRows(sheet: OutputSheet): { first: number; last: number } | null {
  const chosen = sheet.format.print?.repeatRows;
  if (chosen) return chosen.rows > 0 ? { first: chosen.row + 1, last: chosen.row + chosen.rows } : null;
  const frozen = sheet.format.frozenRows ?? 0;
  return frozen > 0 ? { first: 1, last: frozen } : null;
}

function cellsOf(ranges: readonly CellRange[] | undefined, each: (row: number, column: number) => void): void {
  for (const r of ranges ?? []) {
    for (let i = 0; i < Math.max(1, r.rows ?? 1); i++) {
      for (let j = 0; j < Math.max(1, r.columns ?? 1); j++) each(r.row + i, r.column + j);
    }
  }
}

/**
 * Heights in points of the rows whose wrapped text needs more than one line, estimated from the
 * text and its column's width (merged cells: the merged width), since neither Excel nor
 * LibreOffice fits the rows of a written file to their text.
 *
 * @param sheet - the tab
 * @example wrappedRowHeights(instructionSheet()).get(21) // 26 (two lines of 13 pt)
 */
export function wrappedRowHeights(sheet: OutputSheet): ReadonlyMap<number, number> {
  const { rows, format } = sheet;
  const known = heightsMemo.get(rows);
  const inputs = [format.wrap, format.bold, format.merges, format.columnWidths] as const;
  if (known?.inputs.every((x, i) => x === inputs[i])) return known.heights;
  const heights = measuredRowHeights(sheet);
  heightsMemo.set(rows, { inputs, heights });
  return heights;
}

/**
 * The last heights measured per tab's rows, with the format they were measured under: a form's
 * tab is measured once for its row heights and its page breaks (the writer copies the tab's
 * format, never its rows).
 */
const heightsMemo = new WeakMap<
  OutputSheet['rows'],
  { readonly inputs: readonly unknown[]; readonly heights: ReadonlyMap<number, number> }
>();

/** Lines of the texts measured so far, by width, boldness and text: every form repeats its titles. */
const linesMemo = new Map<string, number>();

function linesOf(text: string, width: number, bold: boolean): number {
  const key = `${width}${bold ? 'b' : ''}|${text}`;
  let n = linesMemo.get(key);
  if (n === undefined) {
    if (linesMemo.size >= 100_000) linesMemo.clear();
    n = wrappedLines(text, width, bold);
    linesMemo.set(key, n);
  }
  return n;
}

function measuredRowHeights(sheet: OutputSheet): ReadonlyMap<number, number> {
  // A number per cell (a sheet has at most 16 384 columns): no string made for each cell looked at.
  const key = (row: number, column: number) => row * 16_384 + column;
  const bold = new Set<number>();
  cellsOf(sheet.format.bold, (r, c) => bold.add(key(r, c)));
  const mergedWidth = new Map<number, number>();
  for (const m of sheet.format.merges ?? []) {
    let px = 0;
    for (let c = m.column; c < m.column + Math.max(1, m.columns ?? 1); c++) px += columnPixels(sheet, c);
    mergedWidth.set(key(m.row, m.column), px);
  }
  const lines = new Map<number, number>();
  cellsOf(sheet.format.wrap, (r, c) => {
    const text = shown(sheet.rows[r]?.[c] ?? null);
    if (text === null) return;
    const width = mergedWidth.get(key(r, c)) ?? columnPixels(sheet, c);
    const n = linesOf(text, width, bold.has(key(r, c)));
    if (n > (lines.get(r) ?? 1)) lines.set(r, n);
  });
  return new Map([...lines].map(([r, n]) => [r, Math.min(maxRowPoints, n * linePoints)]));
}

/**
 * How LibreOffice lays a tab's rows on printed pages, from what the writer sets (A4 at the tab's
 * orientation, fitted to the width, rows of `linePoints` or their wrapped height), measured on the
 * printed form: columns 4.5 % wider than their pixels (it measures characters in its own default
 * font: 1 494 px of columns fit a landscape page at 67 %, not 70 %), rows in whole hundredths of a
 * millimetre (13 pt prints as 12.77 pt), and the rows running down to 0.49″ above the page's foot
 * (the footer takes less than the bottom margin leaves it). Excel's layout was not measured.
 */
function printedLayout(sheet: OutputSheet): { readonly page: number; readonly row: (points: number) => number } {
  const orientation = printOrientation(sheet);
  const px = visibleWidth(sheet) * 1.045;
  const scale = px > 0 ? Math.min(1, a4Pixels[orientation] / px) : 1;
  const body = (orientation === 'landscape' ? 595.3 : 841.9) - 36 - 35.3;
  return { page: body / scale, row: (points) => points - 0.23 };
}

/** A block that ends this close to a page's end (in the tab's points, two rows) is moved to the next page all the same. */
const breakMargin = 2 * linePoints;

/**
 * The page breaks of a tab that keep each block of rows on one page: the tab's own breaks, plus a
 * break before a block that would otherwise end within `breakMargin` of a page's end or run past it
 * (a section's title and header left at the bottom of one page, its rows on the next), following
 * the rows as LibreOffice lays them out (`printedLayout`), the repeated rows on every page; the
 * margin covers what the estimate misses either way. A block taller than a page, or already at a
 * page's top, gets no break.
 *
 * @param sheet - the tab
 * @param blocks - rows (0-based) to keep together, in order
 * @example keepTogetherBreaks(form, formPrintLook(form).keepTogether) // [96]: section 7 starts page 3
 */
export function keepTogetherBreaks(
  sheet: OutputSheet,
  blocks: readonly { readonly row: number; readonly rows: number }[],
): number[] {
  const wrapped = wrappedRowHeights(sheet);
  const { page, row } = printedLayout(sheet);
  const height = (r: number) => row(wrapped.get(r) ?? linePoints);
  const titles = repeatedRows(sheet);
  let repeated = 0;
  if (titles) for (let r = titles.first - 1; r < titles.last; r++) repeated += height(r);
  const breaks = new Set((sheet.format.print?.pageBreaks ?? []).filter((r) => r > 0));
  const blockAt = new Map(blocks.map((b) => [b.row, b.rows]));
  let used = 0;
  for (let r = 0; r < sheet.rows.length; r++) {
    if (breaks.has(r)) used = repeated;
    const block = blockAt.get(r);
    if (block !== undefined && used > repeated) {
      let needed = 0;
      for (let i = r; i < r + block; i++) needed += height(i);
      if (used + needed > page - breakMargin && repeated + needed <= page) {
        breaks.add(r);
        used = repeated;
      }
    }
    const h = height(r);
    // The page runs out on its own: this row starts the next one, under the repeated rows.
    if (used + h > page && used > repeated) used = repeated;
    used += h;
  }
  return [...breaks].sort((a, b) => a - b);
}
