import { normalizeLabel } from '../values/normalize-label';

/**
 * Text of a cell for finding labels, titles and headers: strings as they are, numbers as
 * written, anything else (dates, objects, blanks) as ''.
 *
 * @param value - a cell value
 * @example labelText(' Код ') // ' Код '
 */
export function labelText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/**
 * A label, title or header reduced for comparison (design §4) by the values layer's
 * `normalizeLabel`, memoised: case, repeated spaces, dashes, quotes, `ё` and a trailing
 * colon or asterisk do not matter.
 *
 * @param text - the text as written
 * @example normaliseFormText('Обучающихся 6—9  классов:') // 'обучающихся 6-9 классов'
 */
export function normaliseFormText(text: string): string {
  const known = memo.get(text);
  if (known !== undefined) return known;
  const result = normalise(text);
  // Labels repeat across a thousand tabs; keep the memo bounded for arbitrary texts.
  if (text.length <= 200) {
    if (memo.size >= 20_000) memo.clear();
    memo.set(text, result);
  }
  return result;
}

const memo = new Map<string, string>();

function normalise(text: string): string {
  return normalizeLabel(text);
}

/** A section title without its number: «3. Профминимум» → «профминимум». */
export function titleWithoutNumber(normalised: string): string {
  return normalised.replace(/^\d+\s*[.)]?\s*/, '');
}

/** Whether a cell holds nothing: null, undefined, or only spaces. */
export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
