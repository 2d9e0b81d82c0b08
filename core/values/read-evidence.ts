import { type CellRead, ok, shown } from './cell-read';
import { cellText } from './cell-text';
import { findDateInText } from './date-text';
import type { Evidence } from './evidence';
import { screenCell } from './screen-cell';

// `№ 123-о`, `№123`, `N 5`, `No. 7`: the number starts with a digit.
const numberPattern = /(?:^|[^\p{L}\d])(?:№|N|No\.?|Nº)\s*(\d[\p{L}\d/\-.]*)/u;

/** The document number written in a text after `№`/`N`, or null. */
export function findDocumentNumber(text: string): string | null {
  const m = numberPattern.exec(text);
  return m?.[1] ? m[1].replace(/[.\-/]+$/, '') : null;
}

// An address typed as text: up to a space, a quote or a bracket; a full stop or comma after it is the sentence's.
const urlPattern = /https?:\/\/[^\s«»"<>]+/i;

/** The first http(s) address written in a text (`https://school.ru/doc.pdf`), or null. */
function findUrl(text: string): string | null {
  const found = urlPattern.exec(text)?.[0];
  return found ? found.replace(/[.,;:!?)\]]+$/, '') : null;
}

/**
 * `Подтверждение` / `Документ`: any text or link. The link is the cell's hyperlink, else an
 * address typed as text (`https://…` counts as a link, as it does for a person). Picks out the
 * document number (`№ 123-о`, `№123`, `N 5`) and a date; a text with neither a link nor a number
 * gets the warning `evidence_no_number`. Blank when there is neither text nor link.
 *
 * @param cell - a cell value
 * @param link - the cell's hyperlink, if any
 * @param timeZone - the zone in which `Date` cells stand for midnight
 * @example readEvidence('Приказ № 12-о от 07.08.2023', null, 'UTC') // ok: number '12-о', date '2023-08-07'
 */
export function readEvidence(cell: unknown, link: string | null | undefined, timeZone: string): CellRead<Evidence> {
  const url = typeof link === 'string' && link.trim() !== '' ? link.trim() : null;
  const screened = screenCell(cell);
  if (screened && screened.kind === 'bad') return screened;
  if (screened && !url) return screened;
  const text = screened ? '' : cellText(cell, timeZone);
  const number = findDocumentNumber(text);
  const date = findDateInText(text);
  const href = url ?? findUrl(text);
  const value: Evidence = { text, link: href, number, date };
  if (!href && !number) return ok(value, [{ code: 'evidence_no_number', params: { found: shown(text) } }]);
  return ok(value);
}
