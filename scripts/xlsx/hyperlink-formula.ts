/**
 * The link and label of a `HYPERLINK` formula whose arguments are literal texts, as Google Sheets
 * exports `=HYPERLINK("url"; "text")` to .xlsx; null for any other formula. Both `,` and `;`
 * separate the arguments; `""` inside a text is one quote.
 *
 * @param formula - the formula's text, with or without `=`
 * @example hyperlinkFormula('HYPERLINK("https://x.ru/a","Приказ")') // { url: 'https://x.ru/a', text: 'Приказ' }
 */
export function hyperlinkFormula(formula: string): { url: string; text: string | null } | null {
  const match = /^\s*=?\s*HYPERLINK\s*\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)\s*$/i.exec(formula);
  if (!match?.[1]) return null;
  const unquote = (text: string) => text.replace(/""/g, '"');
  return { url: unquote(match[1]), text: match[2] === undefined ? null : unquote(match[2]) };
}
