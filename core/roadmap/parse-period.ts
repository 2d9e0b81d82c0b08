import type { DateWindow } from '../dates/iso-date';
import { type SchoolYear, schoolYearLabel } from '../dates/school-year';
import type { TermDates } from '../dates/school-terms';
import { parsePhrase } from './parse-phrase';
import { splitRemarks } from './period-remarks';
import {
  type PeriodContext,
  type PeriodFailure,
  type PeriodNote,
  type PeriodResult,
  periodFailure,
} from './period-result';
import { linePhrases, periodLines, periodTokens, tokensLine } from './period-tokens';
import { hasTimeWords, isUndatedPhrase } from './period-undated';
import { windowLabel } from './window-label';

export type { PeriodResult } from './period-result';

/** What a deadline is read with besides the school year. */
export interface PeriodOptions {
  /** Exact term dates of `Настройки` (`Четверть I` … `Четверть IV`) for the school year; default months otherwise. */
  readonly terms?: TermDates;
}

/** A window with where it came from: the phrase as written, and whether it only sets the scope. */
interface Part {
  readonly window: DateWindow;
  readonly words: string;
  readonly scope: boolean;
  readonly recurring: boolean;
}

/** A line read: its windows, the date-less phrases and remarks it left aside. */
type LineRead = { readonly ok: true; readonly parts: Part[]; readonly asides: string[] } | PeriodFailure;

/**
 * Reads a `Срок` phrase of the roadmap into date windows of the school year (design §5).
 * Tolerant of case, inflection, abbreviations (`уч. г.`, `2024/25`), `г.`/`года`, dashes and
 * line breaks; a line that begins with a dash continues the previous line's range, and a line
 * that means nothing alone is read with the next one (the order's «В течение ⏎ года»); several
 * windows are separated by line breaks, `,` or `;`. Remarks in brackets are read when they name
 * dates («2 раза в год (декабрь, май)»), else left aside with an info note; «в течение года»
 * or «ежегодно» beside a more precise deadline adds nothing to it. A phrase that names no date
 * at all («по отдельному плану») is `period_no_date`; a window outside the school year (but
 * within a year of it) comes with a warning note. Never guesses: anything it cannot read is
 * `ok: false` with a reason code and the phrase. Never throws. Windows come out ordered, each
 * within the school year ± 1 year.
 *
 * @param text - the `Срок` cell as written
 * @param year - the school year (a month without a year takes its calendar year)
 * @param options - the term dates of `Настройки`
 * @example parsePeriod('Декабрь 2023 г.\n- Январь 2024 г.\nМай – июнь 2024 г.', { start: 2023 })
 * // { ok: true, windows: [{ start: '2023-12-01', end: '2024-01-31' }, { start: '2024-05-01', end: '2024-06-30' }] }
 */
export function parsePeriod(text: string, year: SchoolYear, options: PeriodOptions = {}): PeriodResult {
  const cell = typeof text === 'string' ? text : String(text ?? '');
  const lines = periodLines(cell);
  if (lines.length === 0) return { ok: false, reason: 'period_empty', params: {} };
  const terms = options.terms ?? {};
  const parts: Part[] = [];
  const asides: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    let result = parseLine(lines[index] ?? '', year, terms);
    const next = lines[index + 1];
    if (!result.ok && next !== undefined) {
      const joined = parseLine(`${lines[index]} ${next}`, year, terms);
      if (joined.ok) {
        result = joined;
        index += 1;
      }
    }
    if (!result.ok) return inPhrase(result, cell);
    parts.push(...result.parts);
    asides.push(...result.asides);
  }
  return assemble(parts, asides, cell, year);
}

/**
 * A failure of one piece of a longer phrase («следующего за отчётным» in «до 10 числа месяца,
 * следующего за отчётным») names the whole phrase too, so no message calls the piece the deadline.
 */
function inPhrase(failure: PeriodFailure, cell: string): PeriodFailure {
  const whole = cell.replace(/\s+/g, ' ').trim();
  if (failure.reason !== 'period_unknown_words' || failure.params.words === whole) return failure;
  return { ...failure, params: { ...failure.params, period: whole } };
}

function assemble(parts: readonly Part[], asides: readonly string[], cell: string, year: SchoolYear): PeriodResult {
  const words = cell.replace(/\s+/g, ' ').trim();
  if (parts.length === 0) {
    return periodFailure(asides.length > 0 ? 'period_no_date' : 'period_unknown_words', words);
  }
  const precise = parts.some((part) => !part.scope);
  const kept = precise ? parts.filter((part) => !part.scope) : parts;
  const lowest = `${year.start - 1}-09-01`;
  const highest = `${year.start + 2}-08-31`;
  const notes: PeriodNote[] = asides.map((aside) => ({
    code: 'period_remark_ignored',
    severity: 'info',
    params: { words: aside, period: words },
  }));
  for (const part of kept) {
    if (part.window.start < lowest || part.window.end > highest) {
      return periodFailure('period_out_of_year', part.words, { schoolYear: schoolYearLabel(year) });
    }
  }
  // The order itself has «август 2023 г.» for 2023/2024: the August before the school year still belongs to it.
  const outside = kept.find(
    (part) => part.window.end < `${year.start}-08-01` || part.window.start > `${year.start + 1}-08-31`,
  );
  if (outside) {
    notes.push({
      code: 'period_outside_school_year',
      severity: 'warning',
      params: { words: outside.words, window: windowLabel(outside.window), schoolYear: schoolYearLabel(year) },
    });
  }
  const windows = sortedUnique(kept.map((part) => part.window));
  return notes.length > 0 ? { ok: true, windows, notes } : { ok: true, windows };
}

// «… январь 2024 г. Май – июнь 2024 г.» typed on one line: a year ends one window, a word after it starts the next.
const afterYear = /(\d{4}\s*(?:гг?\.?|года?)?)\s+(?=[a-zа-яё])(?!(?:гг?|года?)(?:[.\s]|$))/giu;

function parseLine(line: string, year: SchoolYear, terms: TermDates): LineRead {
  const whole = parseRemarked(line, year, terms);
  if (whole.ok) return whole;
  const pieces = line.replace(afterYear, '$1\n').split('\n');
  if (pieces.length < 2) return whole;
  const parts: Part[] = [];
  const asides: string[] = [];
  for (const piece of pieces) {
    const result = parseRemarked(piece, year, terms);
    if (!result.ok) return whole;
    parts.push(...result.parts);
    asides.push(...result.asides);
  }
  return { ok: true, parts, asides };
}

/** A line with its remarks in brackets: dated remarks refine a scope or a count («2 раза в год (декабрь, май)»), others are set aside. */
function parseRemarked(line: string, year: SchoolYear, terms: TermDates): LineRead {
  const { main, remarks } = splitRemarks(line);
  const read = parseMain(main, year, terms);
  if (!read.ok || remarks.length === 0) return read;
  const remarkParts: Part[] = [];
  const asides = [...read.asides];
  for (const remark of remarks) {
    const inner = parseMain(remark, year, terms);
    if (!inner.ok) {
      if (hasTimeWords(periodTokens(remark))) return inner;
      asides.push(remark);
      continue;
    }
    remarkParts.push(...inner.parts);
    asides.push(...inner.asides);
    if (inner.parts.length === 0 && inner.asides.length === 0) asides.push(remark);
  }
  if (remarkParts.length === 0) return { ok: true, parts: read.parts, asides };
  if (read.parts.length === 0) return { ok: true, parts: remarkParts, asides };
  if (!read.parts.every((part) => part.scope || part.recurring)) {
    return { ok: true, parts: [...read.parts, ...remarkParts], asides };
  }
  const count = read.parts.filter((part) => part.recurring).length;
  if (count > 0 && count !== remarkParts.length) {
    return periodFailure('period_count_mismatch', line.trim(), { count, named: remarkParts.length });
  }
  return { ok: true, parts: remarkParts, asides };
}

const frequencies = new Set(['ежемесячно', 'каждый месяц', 'ежегодно', 'еженедельно', 'ежеквартально']);

function isFrequency(phrase: string): boolean {
  return frequencies.has(tokensLine(periodTokens(phrase)));
}

/** A line without brackets: a date-less line as a whole («в сроки, установленные …»), else its phrases. */
function parseMain(main: string, year: SchoolYear, terms: TermDates): LineRead {
  if (main === '') return { ok: true, parts: [], asides: [] };
  const tokens = periodTokens(main);
  if (isUndatedPhrase(tokens, tokensLine(tokens))) return { ok: true, parts: [], asides: [main] };
  const phrases = linePhrases(main);
  const parts: Part[] = [];
  const asides: string[] = [];
  const context = (words: string): PeriodContext => ({ year, terms, words });
  for (let index = 0; index < phrases.length; index += 1) {
    const phrase = phrases[index] ?? '';
    const next = phrases[index + 1];
    // «ежемесячно, до 10 числа», «ежегодно, сентябрь»: a frequency and its deadline, split by a comma.
    if (next !== undefined && (isFrequency(phrase) || isFrequency(next))) {
      const words = `${phrase} ${next}`;
      const joined = parsePhrase(periodTokens(words), context(words));
      if (joined.ok === true && !joined.scope) {
        parts.push(...partsOf(joined.windows, words, false, joined.recurring === true));
        asides.push(...(joined.remarks ?? []));
        index += 1;
        continue;
      }
    }
    const read = parsePhrase(periodTokens(phrase), context(phrase));
    if (read.ok === 'undated') asides.push(phrase);
    else if (!read.ok) return read;
    else {
      parts.push(...partsOf(read.windows, phrase, read.scope === true, read.recurring === true));
      asides.push(...(read.remarks ?? []));
    }
  }
  return { ok: true, parts, asides };
}

function partsOf(windows: readonly DateWindow[], words: string, scope: boolean, recurring: boolean): Part[] {
  return windows.map((window) => ({ window, words, scope, recurring }));
}

function sortedUnique(windows: readonly DateWindow[]): DateWindow[] {
  const sorted = [...windows].sort((a, b) => (a.start === b.start ? compare(a.end, b.end) : compare(a.start, b.start)));
  return sorted.filter((w, i) => i === 0 || w.start !== sorted[i - 1]?.start || w.end !== sorted[i - 1]?.end);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
