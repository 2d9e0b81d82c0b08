import { bad, type CellRead, ok, shown } from './cell-read';
import { foundText } from './found-text';
import { screenCell } from './screen-cell';

// Thousands groups separated by a space (any kind), or plain digits; `,` or `.` before decimals.
const numberPattern = /^([+-]?)(\d{1,3}(?: \d{3})+|\d+)(?:[.,](\d+))?$/;

/**
 * A number from a cell: numbers, and text such as `12`, ` 12 `, `1 234` (also with
 * no-break or thin spaces), `12,5`, `12.5`, `-3`. Text with anything else (`12 шт`,
 * `1,2,3`) is `not_a_number`.
 *
 * @param cell - a cell value
 * @example readNumber('1 234,5') // { kind: 'ok', value: 1234.5 }
 */
export function readNumber(cell: unknown): CellRead<number> {
  const screened = screenCell(cell);
  if (screened) return screened;
  if (typeof cell === 'number') return ok(cell);
  if (typeof cell !== 'string') return bad('not_a_number', { found: foundText(cell) });
  const text = cell
    .trim()
    .replace(/[\s\u00a0\u2007\u2009\u202f]+/g, ' ')
    .replace(/^[−–]/, '-');
  const match = numberPattern.exec(text);
  if (!match) return bad('not_a_number', { found: shown(cell) });
  const whole = (match[2] ?? '').replace(/ /g, '');
  const value = Number(`${match[1] ?? ''}${whole}${match[3] ? `.${match[3]}` : ''}`);
  if (!Number.isFinite(value)) return bad('not_a_number', { found: shown(cell) });
  return ok(value === 0 ? 0 : value);
}
