import { cutText } from '../issues/cut-text';
import type { CodedParams, IssueParamsOf } from '../issues/issue-code';
import type { ValueIssueCode } from '../issues/value-issue-codes';

/** A problem a reader found, as data: a value code and the parameters its code declares. */
export type ValueProblem = CodedParams<ValueIssueCode>;

/**
 * What every cell reader returns: `blank` (nothing entered), `ok` with the value (and
 * warnings about it, e.g. one bad address in a list), or `bad` with the reason.
 */
export type CellRead<T> =
  | { readonly kind: 'blank' }
  | { readonly kind: 'ok'; readonly value: T; readonly warnings?: readonly ValueProblem[] }
  | ({ readonly kind: 'bad' } & ValueProblem);

const blankRead = { kind: 'blank' } as const;

/** The blank read. */
export function blank(): { readonly kind: 'blank' } {
  return blankRead;
}

/** An ok read, with warnings only when there are some. */
export function ok<T>(value: T, warnings?: readonly ValueProblem[]): CellRead<T> {
  return warnings && warnings.length > 0 ? { kind: 'ok', value, warnings } : { kind: 'ok', value };
}

/** A bad read. */
export function bad<T = never, C extends ValueIssueCode = ValueIssueCode>(
  code: C,
  params: IssueParamsOf<C>,
): CellRead<T> {
  return { kind: 'bad', code, params } as CellRead<T>;
}

/** Longest text quoted back in a message. */
const shownLength = 60;

/**
 * Text quoted back in a message: one line, cut at a word's end to at most 60 characters with «…».
 *
 * @param text - the text found in the cell
 * @example shown('12 шт') // '12 шт'
 */
export function shown(text: string): string {
  return cutText(text.replace(/\s+/g, ' ').trim(), shownLength);
}
