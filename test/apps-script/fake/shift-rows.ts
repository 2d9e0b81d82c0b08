import type { FakeGridRange, FakeSheet, FakeSpreadsheet } from './model';

/**
 * Inserting or deleting rows moves what lies below, as in Sheets: the cells, the merges and the
 * protected and unprotected ranges of the tab (a range that spans the inserted rows grows with them;
 * one that loses its rows shrinks). https://support.google.com/docs/answer/54813 ("Add or move
 * rows"): "ranges that include the inserted rows" extend.
 */

function shiftRange(range: FakeGridRange, at: number, delta: number): FakeGridRange | null {
  const out = { ...range };
  const start = range.startRowIndex;
  const end = range.endRowIndex;
  if (delta > 0) {
    if (start !== undefined && start >= at) out.startRowIndex = start + delta;
    if (end !== undefined && end > at) out.endRowIndex = end + delta;
    return out;
  }
  const gone = -delta;
  const shrink = (i: number) => (i >= at + gone ? i - gone : Math.min(i, at));
  if (start !== undefined) out.startRowIndex = shrink(start);
  if (end !== undefined) out.endRowIndex = shrink(end);
  if (out.startRowIndex !== undefined && out.endRowIndex !== undefined && out.endRowIndex <= out.startRowIndex)
    return null;
  return out;
}

/**
 * Inserts (`delta` > 0) or deletes (`delta` < 0) rows of a tab at a 0-based row, moving cells,
 * merges and protections.
 */
export function shiftRows(book: FakeSpreadsheet, sheet: FakeSheet, at: number, delta: number): void {
  if (delta > 0) {
    while (sheet.cells.length < at) sheet.cells.push([]);
    sheet.cells.splice(at, 0, ...Array.from({ length: delta }, () => []));
  } else sheet.cells.splice(at, -delta);
  sheet.rowCount += delta;
  sheet.merges = sheet.merges.map((m) => shiftRange(m, at, delta)).filter((m): m is FakeGridRange => m !== null);
  for (const p of book.protections) {
    if (p.sheetId !== sheet.sheetId) continue;
    const moved = shiftRange(p.range, at, delta);
    p.range = moved ?? { ...p.range, startRowIndex: at, endRowIndex: at };
    p.unprotectedRanges = p.unprotectedRanges
      .map((u) => shiftRange(u, at, delta))
      .filter((u): u is FakeGridRange => u !== null);
  }
}
