import { bad, type CellRead, ok } from './cell-read';
import { cellText } from './cell-text';
import { foundText } from './found-text';
import { screenCell } from './screen-cell';

const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/**
 * Whether a 10-digit ИНН of an organisation has a valid check digit (weights 2, 4, 10, 3, 5,
 * 9, 4, 6, 8 over the first nine digits, sum mod 11 mod 10).
 *
 * @param inn - 10 digits
 * @example innCheckDigitValid('7707083893') // true
 */
export function innCheckDigitValid(inn: string): boolean {
  if (!/^\d{10}$/.test(inn)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(inn[i]) * (weights[i] ?? 0);
  return (sum % 11) % 10 === Number(inn[9]);
}

/**
 * An organisation's ИНН: 10 digits from text (spaces allowed) or a number cell (a number of
 * 9 digits lost its leading zero and gets it back). Letters are `not_an_inn`, another count
 * of digits `inn_wrong_length`, a bad check digit `inn_check_digit`.
 *
 * @param cell - a cell value
 * @example readInn('7707 083 893') // { kind: 'ok', value: '7707083893' }
 */
export function readInn(cell: unknown): CellRead<string> {
  const screened = screenCell(cell);
  if (screened) return screened;
  const text = cellText(cell);
  const found = foundText(cell);
  let digits: string;
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 0) return bad('not_an_inn', { found });
    digits = text.length === 9 ? `0${text}` : text;
  } else if (typeof cell === 'string') {
    digits = text.replace(/[\s\u00a0\u2009\u202f-]/g, '');
    if (!/^\d+$/.test(digits)) return bad('not_an_inn', { found });
  } else {
    return bad('not_an_inn', { found });
  }
  if (digits.length !== 10) return bad('inn_wrong_length', { found, digits: digits.length });
  if (!innCheckDigitValid(digits)) return bad('inn_check_digit', { found });
  return ok(digits);
}
