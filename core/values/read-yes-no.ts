import { bad, type CellRead, ok } from './cell-read';
import { cellText } from './cell-text';
import { foundText } from './found-text';
import { normalizeLabel } from './normalize-label';
import { screenCell } from './screen-cell';

const yes = new Set(['да', 'yes', 'y', '1', 'истина', 'true', 'д', '+']);
const no = new Set(['нет', 'no', 'n', '0', 'ложь', 'false', 'н', '-']);

/**
 * Yes or no: да/нет, yes/no, 1/0, ИСТИНА/ЛОЖЬ, TRUE/FALSE and boolean cells (checkboxes);
 * anything else is `not_yes_no`.
 *
 * @param cell - a cell value
 * @example readYesNo('Да') // { kind: 'ok', value: true }
 */
export function readYesNo(cell: unknown): CellRead<boolean> {
  const screened = screenCell(cell);
  if (screened) return screened;
  if (typeof cell === 'boolean') return ok(cell);
  const text = cellText(cell);
  const key = normalizeLabel(text).replace(/\.$/, '');
  if (yes.has(key)) return ok(true);
  if (no.has(key)) return ok(false);
  return bad('not_yes_no', { found: foundText(cell) });
}
