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
  const key = (row: number, column: number) => `${row},${column}`;
  const bold = new Set<string>();
  cellsOf(sheet.format.bold, (r, c) => bold.add(key(r, c)));
  const mergedWidth = new Map<string, number>();
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
    const n = wrappedLines(text, width, bold.has(key(r, c)));
    if (n > (lines.get(r) ?? 1)) lines.set(r, n);
  });
  return new Map([...lines].map(([r, n]) => [r, Math.min(maxRowPoints, n * linePoints)]));
}
