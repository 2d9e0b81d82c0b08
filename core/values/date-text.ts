import type { IsoDate } from '../dates/iso-date';
import { type DateSystem, serialToIsoDate } from '../dates/serial-date';

/** Years a date in this project can plausibly have. */
export const plausibleYears = { min: 1990, max: 2100 } as const;

const genitiveMonths = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];

const yearSuffix = String.raw`(?:\s*(?:г\.?|года?))?`;
const timeSuffix = String.raw`(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?`;
const dotted = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})${yearSuffix}${timeSuffix}$`);
const iso = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${timeSuffix}$`);
const worded = new RegExp(String.raw`^(\d{1,2})\s+([а-яё]+)\s+(\d{4})${yearSuffix}$`);

/** The result of reading a date from text. */
export type DateTextResult =
  | { readonly kind: 'date'; readonly date: IsoDate }
  | { readonly kind: 'impossible' }
  | { readonly kind: 'out_of_range' }
  | { readonly kind: 'unreadable' };

/** A calendar date from its parts, checked against the calendar. */
function isoFromParts(year: number, month: number, day: number): DateTextResult {
  if (year < plausibleYears.min || year > plausibleYears.max) return { kind: 'out_of_range' };
  if (month < 1 || month > 12 || day < 1) return { kind: 'impossible' };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return { kind: 'impossible' };
  return { kind: 'date', date: `${year}-${pad(month)}-${pad(day)}` };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthOfWord(word: string): number | null {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  // `мая` must not swallow `марта`: compare whole stems with their genitive ending.
  if (w === 'мая' || w === 'май') return 5;
  for (let i = 0; i < genitiveMonths.length; i++) {
    const stem = genitiveMonths[i] ?? '';
    if (i !== 4 && w.startsWith(stem) && w.length <= stem.length + 2) return i + 1;
  }
  return null;
}

/**
 * A date from text as people type it: `07.08.2023`, `7.8.2023`, `07.08.23` (20xx),
 * `2023-08-07`, `7 августа 2023 г.`; a time after the date is ignored.
 *
 * @param text - trimmed text
 * @example parseDateText('31.02.2023') // { kind: 'impossible' }
 */
export function parseDateText(text: string): DateTextResult {
  const t = text.trim().replace(/[\s\u00a0\u2009\u202f]+/g, ' ');
  let m = dotted.exec(t);
  if (m) {
    const y = Number(m[3]);
    const year = (m[3] ?? '').length === 2 ? (y < 70 ? 2000 + y : 1900 + y) : y;
    return isoFromParts(year, Number(m[2]), Number(m[1]));
  }
  m = iso.exec(t);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = worded.exec(t.toLowerCase());
  if (m) {
    const month = monthOfWord(m[2] ?? '');
    if (month !== null) return isoFromParts(Number(m[3]), month, Number(m[1]));
  }
  return { kind: 'unreadable' };
}

const embedded =
  /(?:^|[^\d.])(\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}))(?![\d])|(\d{4}-\d{1,2}-\d{1,2})|(\d{1,2}\s+[а-яё]+\s+\d{4})/giu;

/**
 * The first valid date written inside a longer text (`приказ № 12 от 07.08.2023`), or null.
 *
 * @param text - any text
 * @example findDateInText('Приказ № 5 от 1 сентября 2023 г.') // '2023-09-01'
 */
export function findDateInText(text: string): IsoDate | null {
  // exec over a global pattern, not matchAll: the add-on's es2019 library lacks it.
  const pattern = new RegExp(embedded.source, embedded.flags);
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const candidate = m[1] ?? m[2] ?? m[3];
    if (!candidate) continue;
    const read = parseDateText(candidate);
    if (read.kind === 'date') return read.date;
  }
  return null;
}

/**
 * A spreadsheet serial day number as a calendar date of a plausible year (1990–2100), else null.
 *
 * @param serial - days since the workbook's day 0
 * @param system - the workbook's date system (`1904` for an old Excel for Mac book)
 * @example plausibleSerialDate(45230) // '2023-10-31'
 */
export function plausibleSerialDate(serial: number, system: DateSystem = '1900'): IsoDate | null {
  const date = serialToIsoDate(serial, system);
  if (date === null) return null;
  const year = Number(date.slice(0, 4));
  return year < plausibleYears.min || year > plausibleYears.max ? null : date;
}
