/**
 * A label, section title or header reduced for comparison: lower case, `ё` → `е`, every kind
 * of space collapsed to one, dashes (`-`, `–`, `—`, `−`) unified to `-` without spaces around,
 * quotes of every kind (`«»`, `""`, `“”`, `„`) dropped, trailing `:` and `*` dropped.
 * Compare two labels by comparing their normalised forms.
 *
 * @param text - a label as written
 * @example normalizeLabel('Часов: «Россия — мои горизонты»:') // 'часов: россия-мои горизонты'
 */
export function normalizeLabel(text: string): string {
  // Forms repeat the same labels in every tab: remembering them makes a 1,000-tab check cheap.
  const known = cache.get(text);
  if (known !== undefined) return known;
  const normal = reduce(text);
  if (text.length <= 200) {
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(text, normal);
  }
  return normal;
}

const cache = new Map<string, string>();
const cacheLimit = 20_000;

function reduce(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/["«»“”„‟'‘’‚`]/g, '')
    .replace(/[\s\u00a0\u2007\u2009\u202f\u200b]+/g, ' ')
    .replace(/\s*[-‐‑‒–—―−]\s*/g, '-')
    .replace(/[\s:*]+$/, '')
    .trim();
}
