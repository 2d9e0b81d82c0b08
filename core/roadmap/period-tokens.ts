/**
 * A token of a deadline phrase: words lower case with ё as е, in a canonical form where the
 * inflection carries nothing a window needs (`учебного`, `уч.` → `учебный`; `четверти` →
 * `четверть`; `по четвергам` → `по деньнедели`); dashes unified to `-`.
 */
export type PeriodToken =
  | { readonly kind: 'date'; readonly year: number; readonly month: number; readonly day: number; readonly raw: string }
  | { readonly kind: 'schoolYear'; readonly start: number; readonly raw: string }
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

// After a year, a date or a school year these only repeat that it is a year.
const yearWords = new Set(['г', 'гг', 'год', 'года', 'году', 'годы', 'годов', 'годах']);
const ignoredSymbols = new Set(['.', ':', '!', '"', '«', '»', 'включительно']);

const canonical: readonly (readonly [RegExp, string])[] = [
  [/^(?:уч|учеб|учебн[а-я]*)$/, 'учебный'],
  [/^(?:г|гг|год|года|году|годом)$/, 'год'],
  [/^полугоди[а-я]*$/, 'полугодие'],
  [/^квартал[а-я]*$/, 'квартал'],
  [/^(?:четверть|четверти|четвертью|четвертей|четвертям|четв)$/, 'четверть'],
  [/^кажд[а-я]*$/, 'каждый'],
  [/^месяц[а-я]*$/, 'месяц'],
  [/^(?:число|числа|числу)$/, 'числа'],
  [/^недел[а-я]*$/, 'неделя'],
  [/^(?:раз|раза)$/, 'раз'],
  [/^ежемесячн[а-я]*$/, 'ежемесячно'],
  [/^ежегодн[а-я]*$/, 'ежегодно'],
  [/^еженедельн[а-я]*$/, 'еженедельно'],
  [/^ежеквартальн[а-я]*$/, 'ежеквартально'],
  [/^ежечетвертн[а-я]*$/, 'ежечетвертно'],
  [
    /^(?:понедельник[а-я]*|вторник[а-я]*|сред[аыуе]|средам|четверг[а-я]*|пятниц[а-я]*|суббот[а-я]*|воскресень[а-я]*)$/,
    'деньнедели',
  ],
];

function canonicalWord(word: string): string {
  for (const [pattern, form] of canonical) if (pattern.test(word)) return form;
  return word;
}

const piecePattern =
  /\d{4}-\d{1,2}-\d{1,2}|\d{4}\s*[-/]\s*\d{2}(?:\d{2})?(?![\d.])|\d{1,2}\.\d{1,2}\.\d{2,4}|\d+|[a-zа-я]+|\S/g;

/**
 * The tokens of one phrase. Dots and quotes are dropped, and `г.`/`года` after a year, a date
 * or a school year: they carry nothing a window needs. `2024/25`, `2024-2025` (consecutive
 * years) are a school year.
 *
 * @param phrase - one phrase of `linePhrases`
 * @example periodTokens('октябрь 2023 г.') // [word октябрь, num 2023]
 */
export function periodTokens(phrase: string): PeriodToken[] {
  const text = phrase.toLowerCase().replace(/ё/g, 'е').replace(dashes, '-');
  const tokens: PeriodToken[] = [];
  for (const piece of text.match(piecePattern) ?? []) {
    if (ignoredSymbols.has(piece)) continue;
    const previous = tokens[tokens.length - 1];
    const afterYear =
      previous?.kind === 'date' ||
      previous?.kind === 'schoolYear' ||
      (previous?.kind === 'num' && previous.raw.length === 4);
    if (afterYear && yearWords.has(piece)) continue;
    tokens.push(...tokensOf(piece));
  }
  return tokens;
}

function tokensOf(piece: string): PeriodToken[] {
  const pair = /^(\d{4})\s*([-/])\s*(\d{2}|\d{4})$/.exec(piece);
  if (pair) {
    const start = Number(pair[1]);
    const second = pair[3] ?? '';
    const next = second.length === 2 ? (start + 1) % 100 : start + 1;
    if (Number(second) === next) return [{ kind: 'schoolYear', start, raw: piece }];
    // Not consecutive years: read as written, which no rule accepts.
    return [tokenOf(pair[1] ?? ''), { kind: 'sym', value: pair[2] ?? '' }, tokenOf(second)];
  }
  return [tokenOf(piece)];
}

function tokenOf(piece: string): PeriodToken {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(piece);
  if (iso) return { kind: 'date', year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), raw: piece };
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{2,4})$/.exec(piece);
  if (dotted) {
    const yearText = dotted[3] ?? '';
    // A two-digit year is this century's; a three-digit one is kept as written and is no date.
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    return { kind: 'date', year, month: Number(dotted[2]), day: Number(dotted[1]), raw: piece };
  }
  if (/^\d+$/.test(piece)) return { kind: 'num', value: Number(piece), raw: piece };
  if (/^[a-zа-я]+$/.test(piece)) return { kind: 'word', value: canonicalWord(piece) };
  return { kind: 'sym', value: piece };
}

/** The tokens as one canonical line (`в течение 2023/2024 учебный год`), for whole-phrase patterns. */
export function tokensLine(tokens: readonly PeriodToken[]): string {
  return tokens
    .map((token) => {
      if (token.kind === 'schoolYear') return `${token.start}/${token.start + 1}`;
      return token.kind === 'num' || token.kind === 'date' ? token.raw : token.value;
    })
    .join(' ');
}
