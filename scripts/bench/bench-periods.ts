import { parsePeriod } from '../../core/roadmap/parse-period';
import { periodPhrases } from './period-phrases';

/** How `parsePeriod` fares on the phrases committees write: how many it reads, and the time per phrase. */
export interface PeriodBench {
  readonly phrases: number;
  /** Read into windows. */
  readonly read: number;
  /** Read as naming no date at all («по отдельному плану»): no deadline, a warning. */
  readonly undated: number;
  /** Refused as unreadable (never guessed). */
  readonly refused: number;
  /** Best of `rounds`, microseconds per phrase. */
  readonly microsecondsPerPhrase: number;
}

/**
 * Parses every phrase of `periodPhrases` for the 2024/2025 school year, `rounds` times over
 * `repeat` passes each, and keeps the best round (the JIT warmed up by the first).
 *
 * @param rounds - rounds to take the best of
 * @param repeat - passes over the phrases per round
 * @example benchPeriods(3, 50).microsecondsPerPhrase // ≈ 20
 */
export function benchPeriods(rounds = 3, repeat = 50): PeriodBench {
  const year = { start: 2024 };
  const results = periodPhrases.map((phrase) => parsePeriod(phrase, year));
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    for (let pass = 0; pass < repeat; pass += 1) for (const phrase of periodPhrases) parsePeriod(phrase, year);
    best = Math.min(best, performance.now() - started);
  }
  return {
    phrases: periodPhrases.length,
    read: results.filter((result) => result.ok).length,
    undated: results.filter((result) => !result.ok && result.reason === 'period_no_date').length,
    refused: results.filter((result) => !result.ok && result.reason !== 'period_no_date').length,
    microsecondsPerPhrase: (best * 1000) / (repeat * periodPhrases.length),
  };
}
