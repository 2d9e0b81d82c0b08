import { bad, type CellRead, ok, shown, type ValueProblem } from './cell-read';
import { cellText } from './cell-text';
import { foundText } from './found-text';
import { cleanEmail, isEmail } from './read-email';
import { screenCell } from './screen-cell';

/**
 * One or more email addresses separated by `,`, `;`, spaces or newlines, lower-cased and
 * without repeats. The valid ones are the value; each invalid one is a `bad_email_in_list`
 * warning quoting it. With no valid address at all the read is `not_an_email`.
 *
 * @param cell - a cell value
 * @example readEmails('a@example.ru; b@example.ru') // { kind: 'ok', value: ['a@example.ru', 'b@example.ru'] }
 */
export function readEmails(cell: unknown): CellRead<readonly string[]> {
  const screened = screenCell(cell);
  if (screened) return screened;
  const text = cellText(cell);
  // `Иванова А. П. <ivanova@example.ru>`: the display name is not an address.
  const addresses = text.replace(/[^,;<>\n]*<([^<>]+)>/g, ' $1 ');
  const parts = addresses.split(/[,;\s]+/).filter((p) => p !== '');
  const valid: string[] = [];
  const warnings: ValueProblem[] = [];
  for (const part of parts) {
    const email = cleanEmail(part);
    if (isEmail(email)) {
      if (!valid.includes(email)) valid.push(email);
    } else {
      warnings.push({ code: 'bad_email_in_list', params: { found: shown(part) } });
    }
  }
  if (valid.length === 0) return bad('not_an_email', { found: foundText(cell) });
  return ok(valid, warnings);
}
