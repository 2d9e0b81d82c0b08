/** A token of a deadline phrase: words lower case with ё as е, dashes unified to `-`. */
export type PeriodToken =
  | { readonly kind: 'date'; readonly year: number; readonly month: number; readonly day: number; readonly raw: string }
  | { readonly kind: 'num'; readonly value: number; readonly raw: string }
  | { readonly kind: 'word'; readonly value: string }
  | { readonly kind: 'sym'; readonly value: string };

const dashes = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const startsWithDash = /^[-\u2010-\u2015\u2212]/;
const endsWithDash = /[-\u2010-\u2015\u2212]$/;

/**
 * Cuts a `Срок` cell into lines: whitespace collapsed, blank lines dropped, a line that begins
 * (or follows a line that ends) with a dash joined to its neighbour as one range.
 *
 * @param text - the cell as written
 * @example periodLines('Декабрь 2023 г.\n- Январь 2024 г.\nМай – июнь 2024 г.') // ['Декабрь 2023 г. - Январь 2024 г.', 'Май – июнь 2024 г.']
 */
export function periodLines(text: string): string[] {
  const lines = text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  const joined: string[] = [];
  for (const line of lines) {
    const last = joined.length - 1;
    const previous = joined[last];
    if (previous !== undefined && (startsWithDash.test(line) || endsWithDash.test(previous))) {
      joined[last] = `${previous} ${line}`;
    } else {
      joined.push(line);
    }
  }
  return joined;
}

/**
 * The phrases of one line, each a window group: split at `,` and `;`.
 *
 * @example linePhrases('Октябрь; ноябрь 2023 г.') // ['Октябрь', 'ноябрь 2023 г.']
 */
export function linePhrases(line: string): string[] {
  return line
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const yearWords = new Set(['г', 'гг', 'год', 'года', 'году']);
const ignoredSymbols = new Set(['.', ':', '!']);

/**
 * The tokens of one phrase. Dots, and `г.`/`года` after a four-digit year, are dropped:
 * they carry nothing a window needs.
 *
 * @param phrase - one phrase of `periodChunks`
 * @example periodTokens('октябрь 2023 г.') // [word октябрь, num 2023]
 */
export function periodTokens(phrase: string): PeriodToken[] {
  const text = phrase.toLowerCase().replace(/ё/g, 'е').replace(dashes, '-');
  const pieces = text.match(/\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d+|[a-zа-я]+|\S/g) ?? [];
  const tokens: PeriodToken[] = [];
  for (const piece of pieces) {
    const previous = tokens[tokens.length - 1];
    if (ignoredSymbols.has(piece)) continue;
    if (yearWords.has(piece) && previous?.kind === 'num' && previous.raw.length === 4) continue;
    tokens.push(tokenOf(piece));
  }
  return tokens;
}

function tokenOf(piece: string): PeriodToken {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(piece);
  if (iso) return { kind: 'date', year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), raw: piece };
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{2,4})$/.exec(piece);
  if (dotted) {
    const yearText = dotted[3] ?? '';
    // A two-digit year is this century's; a three-digit one is kept as written and fails the range check.
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    return { kind: 'date', year, month: Number(dotted[2]), day: Number(dotted[1]), raw: piece };
  }
  if (/^\d+$/.test(piece)) return { kind: 'num', value: Number(piece), raw: piece };
  if (/^[a-zа-я]+$/.test(piece)) return { kind: 'word', value: piece };
  return { kind: 'sym', value: piece };
}

/** The tokens as one canonical line (`в течение 2023 / 2024 учебного года`), for whole-phrase patterns. */
export function tokensLine(tokens: readonly PeriodToken[]): string {
  return tokens.map((token) => (token.kind === 'num' || token.kind === 'date' ? token.raw : token.value)).join(' ');
}
