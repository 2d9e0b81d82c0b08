import { cellText } from '../values/cell-text';
import { type RoadmapField, roadmapFieldOfHeader } from './roadmap-columns';

/** How far down the header row may stand (a title or notes may sit above it). */
const headerSearchRows = 30;

/**
 * The header row of the roadmap tab: among the first rows, the one naming the most columns
 * (at least two), today's headers or an order's. 0-based row and columns; null when no row
 * names two. The caller says which required columns the row lacks.
 *
 * @param rows - the grid
 * @example findRoadmapHeader([['Пункт', 'Срок']]) // { row: 0, columns: { id: 0, period: 1 } }
 */
export function findRoadmapHeader(
  rows: readonly (readonly unknown[])[],
): { row: number; columns: Partial<Record<RoadmapField, number>> } | null {
  let best: { row: number; columns: Partial<Record<RoadmapField, number>>; count: number } | null = null;
  for (let r = 0; r < Math.min(rows.length, headerSearchRows); r += 1) {
    const columns: Partial<Record<RoadmapField, number>> = {};
    let count = 0;
    const row = rows[r];
    if (!Array.isArray(row)) continue;
    row.forEach((cell, c) => {
      const field = roadmapFieldOfHeader(cellText(cell));
      if (field !== null && columns[field] === undefined) {
        columns[field] = c;
        count += 1;
      }
    });
    if (count >= 2 && (!best || count > best.count)) best = { row: r, columns, count };
  }
  return best ? { row: best.row, columns: best.columns } : null;
}
