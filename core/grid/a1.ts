/**
 * The A1 name of a cell from 1-based row and column.
 *
 * @param row - 1-based row
 * @param column - 1-based column
 * @example a1(14, 2) // 'B14'
 */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/**
 * Column letters from a 1-based column number.
 *
 * @param column - 1-based column
 * @example columnLetters(28) // 'AB'
 */
export function columnLetters(column: number): string {
  let n = Math.max(1, Math.floor(column));
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
