import type { DateWindow } from '../dates/iso-date';
import { type SchoolYear, schoolYearLabel } from '../dates/school-year';
import { parseFixedPhrase } from './period-fixed-phrases';
import { parsePointPhrase } from './period-points';
import { type PeriodResult, periodFailure } from './period-result';
import { linePhrases, periodLines, periodTokens, tokensLine } from './period-tokens';

export type { PeriodResult } from './period-result';

/**
 * Reads a `Срок` phrase of the roadmap into date windows of the school year (design §5).
 * Tolerant of case, inflection, `г.`/`года`, dashes and line breaks; a line that begins with a
 * dash continues the previous line's range, and a line that means nothing alone is read with
 * the next one (the order's «В течение ⏎ года»); several windows are separated by line breaks,
 * `,` or `;`. Never guesses: anything it cannot read is `ok: false` with a reason code
 * (`period_unknown_words`, `period_bad_date`, …) and the phrase. Never throws. Windows come out
 * ordered, each within the school year ± 1 year.
 *
 * @param text - the `Срок` cell as written
 * @param year - the school year (a month without a year takes its calendar year)
 * @example parsePeriod('Декабрь 2023 г.\n- Январь 2024 г.\nМай – июнь 2024 г.', { start: 2023 })
 * // { ok: true, windows: [{ start: '2023-12-01', end: '2024-01-31' }, { start: '2024-05-01', end: '2024-06-30' }] }
 */
export function parsePeriod(text: string, year: SchoolYear): PeriodResult {
  const lines = periodLines(typeof text === 'string' ? text : String(text ?? ''));
  if (lines.length === 0) return { ok: false, reason: 'period_empty', params: {} };
  const windows: DateWindow[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    let result = parseLine(lines[index] ?? '', year);
    const next = lines[index + 1];
    if (!result.ok && next !== undefined) {
      const joined = parseLine(`${lines[index]} ${next}`, year);
      if (joined.ok) {
        result = joined;
        index += 1;
      }
    }
    if (!result.ok) return result;
    windows.push(...result.windows);
  }
  return { ok: true, windows: sortedUnique(windows) };
}

// «… январь 2024 г. Май – июнь 2024 г.» typed on one line: a year ends one window, a word after it starts the next.
const afterYear = /(\d{4}\s*(?:гг?\.?|года?)?)\s+(?=[a-zа-яё])(?!(?:гг?|года?)(?:[.\s]|$))/giu;

function parseLine(line: string, year: SchoolYear): PeriodResult {
  const whole = parsePhrases(line, year);
  if (whole.ok) return whole;
  const parts = line.replace(afterYear, '$1\n').split('\n');
  if (parts.length < 2) return whole;
  const windows: DateWindow[] = [];
  for (const part of parts) {
    const result = parsePhrases(part, year);
    if (!result.ok) return whole;
    windows.push(...result.windows);
  }
  return { ok: true, windows };
}

function parsePhrases(line: string, year: SchoolYear): PeriodResult {
  const windows: DateWindow[] = [];
  const lowest = `${year.start - 1}-09-01`;
  const highest = `${year.start + 2}-08-31`;
  for (const words of linePhrases(line)) {
    const tokens = periodTokens(words);
    const result =
      parseFixedPhrase(tokensLine(tokens), words, year) ??
      parsePointPhrase(tokens, words, year) ??
      periodFailure('period_unknown_words', words);
    if (!result.ok) return result;
    for (const window of result.windows) {
      if (window.start < lowest || window.end > highest) {
        return periodFailure('period_out_of_year', words, { schoolYear: schoolYearLabel(year) });
      }
      windows.push(window);
    }
  }
  return { ok: true, windows };
}

function sortedUnique(windows: readonly DateWindow[]): DateWindow[] {
  const sorted = [...windows].sort((a, b) => (a.start === b.start ? compare(a.end, b.end) : compare(a.start, b.start)));
  return sorted.filter((w, i) => i === 0 || w.start !== sorted[i - 1]?.start || w.end !== sorted[i - 1]?.end);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
