/** Longest text echoed into an output cell (the .xlsx adapter cuts further, to 32,767). */
const maxOutputText = 50_000;

/**
 * Text that came from an organisation's tab, ready for an output cell: cut to 50,000 characters.
 * It stays a literal string (`OutValue` strings are never formulas; the adapters write them as text).
 *
 * @param text - as read
 * @example schoolText('=IMPORTXML("http://x", "//a")') // the same string, written as text
 */
export function schoolText(text: string | null | undefined): string {
  if (!text) return '';
  return text.length > maxOutputText ? `${text.slice(0, maxOutputText - 1)}…` : text;
}

/** A link only for http(s) addresses; anything else (javascript:, data:) stays text. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  return /^https?:\/\//i.test(trimmed) ? trimmed : null;
}
