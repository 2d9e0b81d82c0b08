import { cleanEmail, isEmail } from '../../core/values/read-email';

export interface RecipientCheck {
  /** Valid addresses, lower-cased, without repeats, in the order written. */
  readonly valid: readonly string[];
  /** Everything else, as written: reported, never sent to. */
  readonly invalid: readonly string[];
}

/**
 * Splits addresses written in one cell (`,`, `;`, spaces or newlines) or given as a list, and
 * sorts them into valid and invalid, so one typo does not stop the email to everyone else.
 *
 * @param source - the cell's text or a list of addresses
 * @example checkRecipients('a@example.ru; b@@example') // { valid: ['a@example.ru'], invalid: ['b@@example'] }
 */
export function checkRecipients(source: string | readonly string[]): RecipientCheck {
  const parts = (typeof source === 'string' ? [source] : source)
    .flatMap((text) => text.split(/[,;\s]+/))
    .filter((part) => part !== '');
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const part of parts) {
    const email = cleanEmail(part);
    if (!isEmail(email)) invalid.push(part);
    else if (!valid.includes(email)) valid.push(email);
  }
  return { valid, invalid };
}
