import { bad, blank, type CellRead, shown } from './cell-read';
import { formulaError } from './formula-error';

/**
 * A formula whose value the file does not hold (`{ formula: 'B5*2' }`, as the .xlsx adapter passes a
 * formula saved without its result), or null.
 *
 * @param cell - a cell value
 * @example formulaWithoutValue({ formula: 'B5*2' }) // 'B5*2'
 */
function formulaWithoutValue(cell: unknown): string | null {
  if (typeof cell !== 'object' || cell === null || Array.isArray(cell) || cell instanceof Date) return null;
  const { formula, result } = cell as { formula?: unknown; result?: unknown };
  return typeof formula === 'string' && result === undefined ? formula : null;
}

/**
 * The first step of every reader: `blank` for an empty cell (null, undefined, '' or spaces),
 * `bad` for a formula error (`formula_error`), a formula saved without its value
 * (`formula_without_value`: not a blank, whatever the field) or a non-value (objects, arrays,
 * NaN, Infinity, an invalid Date: `not_a_value`); null when the cell holds a value to read.
 *
 * @param cell - a cell value
 * @example screenCell('#N/A') // { kind: 'bad', code: 'formula_error', params: { error: '#N/A' } }
 */
export function screenCell(cell: unknown): CellRead<never> | null {
  if (cell === null || cell === undefined) return blank();
  const error = formulaError(cell);
  if (error) return bad('formula_error', { error });
  const formula = formulaWithoutValue(cell);
  if (formula !== null) return bad('formula_without_value', { formula: shown(formula.replace(/^=/, '')) });
  if (typeof cell === 'string') return cell.trim() === '' ? blank() : null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? null : bad('not_a_value', { found: String(cell) });
  if (typeof cell === 'boolean') return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? bad('not_a_value', { found: 'Invalid Date' }) : null;
  return bad('not_a_value', { found: describe(cell) });
}

function describe(cell: unknown): string {
  if (Array.isArray(cell)) return 'список';
  if (typeof cell === 'object') {
    try {
      return shown(JSON.stringify(cell) ?? 'объект');
    } catch {
      return 'объект';
    }
  }
  return shown(String(typeof cell));
}
