import type { DateWindow } from '../dates/iso-date';
import { earlier, schoolYearWindow } from './calendar';
import { parsePointPhrase } from './period-points';
import { parseRecurringPhrase } from './period-recurring';
import { type PeriodContext, type PeriodFailure, type PhraseOutcome, periodFailure } from './period-result';
import { parseTermPhrase } from './period-terms';
import { type PeriodToken, tokensLine } from './period-tokens';
import { isUndatedPhrase } from './period-undated';
import { parseYearPhrase } from './period-years';

/**
 * One phrase read: windows (a scope when they only say «the school year»; `remarks` are date-less
 * words read beside them), `undated` when the phrase names no date at all, or a failure.
 */
export type PhraseRead =
  | {
      readonly ok: true;
      readonly windows: readonly DateWindow[];
      readonly scope?: true;
      readonly recurring?: true;
      readonly remarks?: readonly string[];
    }
  | { readonly ok: 'undated' }
  | PeriodFailure;

// Words around a deadline that only repeat «every year» / «all year»: «ежегодно до 1 октября», «сентябрь ежегодно».
const scopeAffixes: readonly (readonly string[])[] = [
  ['в', 'течение', 'учебный', 'год'],
  ['в', 'течение', 'год'],
  ['ежегодно'],
  ['еженедельно'],
  ['постоянно'],
  ['по', 'деньнедели'],
  ['каждый', 'деньнедели'],
];

function wordOf(token: PeriodToken | undefined): string | null {
  return token?.kind === 'word' || token?.kind === 'sym' ? token.value : null;
}

function startsWith(tokens: readonly PeriodToken[], words: readonly string[], at = 0): boolean {
  return words.every((word, i) => wordOf(tokens[at + i]) === word);
}

function fromOutcome(outcome: PhraseOutcome, recurring: boolean): PhraseRead {
  if (!outcome.ok) return outcome;
  return {
    ok: true,
    windows: outcome.windows,
    ...(outcome.scope ? { scope: true as const } : {}),
    ...(recurring ? { recurring: true as const } : {}),
  };
}

/** The rules of whole phrases, each null when the phrase is not its kind. */
function readWhole(tokens: readonly PeriodToken[], context: PeriodContext): PhraseRead | null {
  const line = tokensLine(tokens);
  if (line === '') return null;
  const year = parseYearPhrase(line, context);
  if (year) return fromOutcome(year, false);
  const term = parseTermPhrase(line, context);
  if (term) return fromOutcome(term, term.ok && term.windows.length > 1);
  const recurring = parseRecurringPhrase(line, context);
  if (recurring) return fromOutcome(recurring, recurring.ok && !recurring.scope);
  const until = untilEndOf(tokens, context);
  if (until) return until;
  const point = parsePointPhrase(tokens, context);
  if (point) return fromOutcome(point, false);
  return isUndatedPhrase(tokens, line) ? { ok: 'undated' } : null;
}

/** «до конца учебного года», «до окончания I полугодия», «до конца октября»: from the school year's start (or earlier) to the end of what follows. */
function untilEndOf(tokens: readonly PeriodToken[], context: PeriodContext): PhraseRead | null {
  if (wordOf(tokens[0]) !== 'до' || !['конца', 'окончания'].includes(wordOf(tokens[1]) ?? '')) return null;
  const rest = readWhole(tokens.slice(2), context);
  if (rest === null || rest.ok === 'undated') return null;
  if (!rest.ok) return rest;
  const first = rest.windows[0];
  const last = rest.windows[rest.windows.length - 1];
  if (!first || !last) return null;
  const yearStart = schoolYearWindow(context.year).start;
  return { ok: true, windows: [{ start: earlier(first.start, yearStart), end: last.end }] };
}

/**
 * One phrase of a `Срок` cell (no commas, no brackets) as windows: the whole phrase by the
 * grammar's rules; else with «ежегодно», «в течение года», «по четвергам» around a deadline
 * dropped (they add nothing to it); else a deadline with a date-less remark before or after
 * it («в течение года по отдельному графику»); else a phrase with no date at all; else a failure.
 *
 * @param tokens - the phrase's tokens
 * @param context - the school year, term dates and the phrase as written
 * @example parsePhrase(periodTokens('ежегодно до 1 октября'), ctx2024) // { ok: true, windows: [{ start: '2024-09-01', end: '2024-10-01' }] }
 */
export function parsePhrase(tokens: readonly PeriodToken[], context: PeriodContext): PhraseRead {
  const whole = readWhole(tokens, context);
  if (whole) return whole;
  for (const affix of scopeAffixes) {
    const atStart = startsWith(tokens, affix);
    const atEnd = tokens.length > affix.length && startsWith(tokens, affix, tokens.length - affix.length);
    if (!atStart && !atEnd) continue;
    const rest = atStart ? tokens.slice(affix.length) : tokens.slice(0, tokens.length - affix.length);
    if (rest.length === 0) continue;
    const read = readWhole(rest, context);
    if (read?.ok === true) return read;
    if (read?.ok === 'undated') {
      return { ok: true, windows: [schoolYearWindow(context.year)], scope: true, remarks: [tokensLine(rest)] };
    }
  }
  for (let cut = 1; cut < tokens.length; cut += 1) {
    const head = tokens.slice(0, cut);
    const tail = tokens.slice(cut);
    for (const [dated, remark] of [
      [head, tail],
      [tail, head],
    ] as const) {
      if (!isUndatedPhrase(remark, tokensLine(remark))) continue;
      const read = readWhole(dated, context);
      if (read?.ok === true) return { ...read, remarks: [...(read.remarks ?? []), tokensLine(remark)] };
    }
  }
  return periodFailure('period_unknown_words', context.words);
}
