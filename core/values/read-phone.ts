import { bad, type CellRead, ok } from './cell-read';
import { cellText } from './cell-text';
import { foundText } from './found-text';
import { screenCell } from './screen-cell';

/**
 * A Russian phone number in any common writing (`+7 (351) 123-45-67`, `8 351 123 45 67`,
 * `83511234567`, `7-351-…`, a number cell, or 10 digits without the country code),
 * normalised to `+7 351 123-45-67` (an extension kept: `+7 351 123-45-67 доб. 12`). Letters are `not_a_phone`; a wrong count of digits
 * `phone_wrong_length`.
 *
 * @param cell - a cell value
 * @example readPhone('8 (351) 123-45-67') // { kind: 'ok', value: '+7 351 123-45-67' }
 */
export function readPhone(cell: unknown): CellRead<string> {
  const screened = screenCell(cell);
  if (screened) return screened;
  const whole = cellText(cell);
  const found = foundText(cell);
  if (typeof cell !== 'string' && typeof cell !== 'number') return bad('not_a_phone', { found });
  // An extension (`доб. 12`) is kept after the normalised number.
  const extension = /[,;]?\s*(?:доб\.?|добавочный|вн\.?)\s*(\d{1,6})$/i.exec(whole);
  const text = extension ? whole.slice(0, extension.index).trim() : whole;
  const suffix = extension ? ` доб. ${extension[1]}` : '';
  if (!/^\+?[\d\s\u00a0()\-.–]+$/.test(text)) return bad('not_a_phone', { found });
  const digits = text.replace(/\D/g, '');
  // `+` is the international prefix: only `+7` is Russian.
  if (text.startsWith('+') && !digits.startsWith('7')) {
    return digits.length === 11
      ? bad('not_a_phone', { found })
      : bad('phone_wrong_length', { found, digits: digits.length });
  }
  // `8-351-…`, `8 (912) …`, `7 351 …`: a lone 8 or 7 written apart is the trunk prefix, so 10 digits must
  // follow it; without it, 10 digits are the national number. A digit missing is never made up.
  const trunk = text.startsWith('+') || /^[78]\s*[\s\u00a0\-.–(]/.test(text);
  let national: string;
  if (digits.length === 11 && (digits.startsWith('7') || digits.startsWith('8'))) national = digits.slice(1);
  else if (digits.length === 10 && !trunk) national = digits;
  else return bad('phone_wrong_length', { found, digits: digits.length });
  return ok(
    `+7 ${national.slice(0, 3)} ${national.slice(3, 6)}-${national.slice(6, 8)}-${national.slice(8, 10)}${suffix}`,
  );
}
