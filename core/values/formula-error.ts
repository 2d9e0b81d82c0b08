/** The error values a formula can show in Sheets or Excel. */
export const formulaErrors = [
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#ERROR!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
] as const;

const known = new Set<string>(formulaErrors);

/**
 * The formula error a cell shows (`#N/A`, `#REF!`, …), or null. Accepts the text as
 * getValues gives it and an exceljs error object `{ error: '#N/A' }`.
 *
 * @param cell - a cell value
 * @example formulaError('#N/A') // '#N/A'
 */
export function formulaError(cell: unknown): string | null {
  let text: unknown = cell;
  if (typeof cell === 'object' && cell !== null && !Array.isArray(cell) && !(cell instanceof Date)) {
    text = (cell as { error?: unknown }).error;
  }
  if (typeof text !== 'string') return null;
  const trimmed = text.trim().toUpperCase();
  return known.has(trimmed) ? trimmed : null;
}
