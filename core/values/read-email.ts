import { bad, type CellRead, ok } from './cell-read';
import { cellText } from './cell-text';
import { foundText } from './found-text';
import { screenCell } from './screen-cell';

const emailPattern =
  /^[\p{L}\d!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\d!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?\.)+[\p{L}]{2,}$/u;

/** Whether a trimmed text is one plausible email address (Cyrillic domains allowed). */
export function isEmail(text: string): boolean {
  return text.length <= 254 && emailPattern.test(text);
}

/** An address as written, without a `mailto:` prefix or angle brackets, lower-cased. */
export function cleanEmail(text: string): string {
  return text
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^<(.*)>$/, '$1')
    .trim()
    .toLowerCase();
}

/**
 * One email address, lower-cased; anything else is `not_an_email`.
 *
 * @param cell - a cell value
 * @example readEmail(' Ivanova@Example.ru ') // { kind: 'ok', value: 'ivanova@example.ru' }
 */
export function readEmail(cell: unknown): CellRead<string> {
  const screened = screenCell(cell);
  if (screened) return screened;
  const text = cellText(cell);
  const email = cleanEmail(text);
  return isEmail(email) ? ok(email) : bad('not_an_email', { found: foundText(cell) });
}
