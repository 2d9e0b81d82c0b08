/**
 * The length of a text in UTF-8 bytes, as it travels in a request body: 1 byte for ASCII, 2 for
 * Cyrillic, 3 for the rest of the BMP, 4 for a surrogate pair (a lone surrogate counts as the 3
 * bytes of U+FFFD). Apps Script has no `TextEncoder`, hence the count by hand.
 *
 * @param text - any string
 * @example utf8Length('Сводка') // 12
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
