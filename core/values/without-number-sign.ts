/** A number sign typed before a document's number: `№`, `Nº`, `No.`, or `N` before a space or digit. */
const numberSign = /^\s*(?:№|Nº|No(?:\.|(?=[\s\d]))|N(?=[\s\d]))\s*/u;

/**
 * A document's number without the number sign a person may have typed before it, so that a text
 * which adds its own «№» never shows «№ № 88-о».
 *
 * @param text - the number as typed
 * @example withoutNumberSign('№ 88-о') // '88-о'
 */
export function withoutNumberSign(text: string): string {
  const bare = text.replace(numberSign, '');
  return bare === '' ? text.trim() : bare.trim();
}
