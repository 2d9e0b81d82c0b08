/** A 0-based cell. */
export interface Cell {
  readonly row: number;
  readonly column: number;
}

/** A cell as one number (columns below 2^16), cheaper to keep than a string. */
export function cellKey(cell: Cell): number {
  return cell.row * 65_536 + cell.column;
}

/**
 * Where each cell of a tab as read went in the tab as written (0-based), so what points at a cell
 * (an issue's note and fill) lands on the value it meant, however the write laid the tab out.
 */
export class CellMap {
  private readonly cells = new Map<number, Cell>();

  /** @param identity - cells without a link stay where they are (a write that moves nothing else) */
  constructor(private readonly identity = false) {}

  /** Records that the cell at `from` is written at `to`. */
  link(from: Cell, to: Cell): void {
    this.cells.set(cellKey(from), to);
  }

  /** Where the cell `from` is in the tab as written, or null when it has no place there. */
  placeOf(from: Cell): Cell | null {
    return this.cells.get(cellKey(from)) ?? (this.identity ? from : null);
  }
}
