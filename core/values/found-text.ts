import { shown } from './cell-read';
import { cellText, numberText } from './cell-text';

/**
 * A number as a Russian-locale spreadsheet shows it in general format: a decimal comma, no
 * grouping, no exponent (`12.5` → `12,5`, `1234.5` → `1234,5`).
 *
 * @param n - the number
 * @example ruNumberText(12.5) // '12,5'
 */
export function ruNumberText(n: number): string {
  return numberText(n).replace('.', ',');
}

/**
 * The cell as the person typed or sees it, quoted back in a message (`found` of every reader):
 * text as typed (one line, cut at 60 characters), a number as a Russian-locale sheet shows it
 * (`12,5`, never `12.5`), a date as ДД.ММ.ГГГГ, a boolean as ИСТИНА / ЛОЖЬ. Never the value the
 * reader made of it: «12,5» typed is quoted «12,5», not «12.5».
 *
 * @param cell - a cell value
 * @param timeZone - the zone in which `Date` cells stand for midnight
 * @example foundText(12.5) // '12,5'
 * @example foundText(' 1 234,5 ') // '1 234,5'
 */
export function foundText(cell: unknown, timeZone = 'UTC'): string {
  if (typeof cell === 'number') return shown(Number.isFinite(cell) ? ruNumberText(cell) : String(cell));
  return shown(cellText(cell, timeZone));
}
