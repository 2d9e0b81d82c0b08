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

/**
 * Moves rows `[start, end)` of a tab to stand before row `to` (0-based, of the tab as it was), as
 * dragging rows or the Sheets API `moveDimension` does: the cells, merges and protected and
 * unprotected ranges inside the rows move with them, the rows between shift over
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#movedimensionrequest).
 * A range that straddles the moved block keeps its rows' new bounds as far as they stay in order.
 */
export function moveRows(book: FakeSpreadsheet, sheet: FakeSheet, start: number, end: number, to: number): void {
  if (to >= start && to <= end) return;
  const count = end - start;
  // Where row `r` (as it was) stands after the move.
  const place = (r: number): number => {
    if (r >= start && r < end) return to < start ? to + (r - start) : to - count + (r - start);
    if (to < start && r >= to && r < start) return r + count;
    if (to > end && r >= end && r < to) return r - count;
    return r;
  };
  const moveRange = (range: FakeGridRange): FakeGridRange | null => {
    if (range.startRowIndex === undefined || range.endRowIndex === undefined) return { ...range };
    const first = place(range.startRowIndex);
    const last = place(range.endRowIndex - 1) + 1;
    return last > first ? { ...range, startRowIndex: first, endRowIndex: last } : null;
  };
  const block = sheet.cells.slice(start, end);
  while (block.length < count) block.push([]);
  const cells: (typeof sheet.cells)[number][] = [];
  for (let r = 0; r < Math.max(sheet.cells.length, to); r++)
    cells[place(r)] = r >= start && r < end ? block[r - start]! : (sheet.cells[r] ?? []);
  sheet.cells = Array.from({ length: cells.length }, (_, r) => cells[r] ?? []);
  sheet.merges = sheet.merges.map(moveRange).filter((m): m is FakeGridRange => m !== null);
  for (const p of book.protections) {
    if (p.sheetId !== sheet.sheetId) continue;
    p.range = moveRange(p.range) ?? p.range;
    p.unprotectedRanges = p.unprotectedRanges.map(moveRange).filter((u): u is FakeGridRange => u !== null);
  }
}
