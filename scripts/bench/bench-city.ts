import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { checkWorkbook } from '../../core/check/check-workbook';
import { buildOutputs } from '../../core/outputs/build-outputs';
import { formatIssues } from '../../core/issues/format-issue';
import { demoOptions, generateCity } from '../demo/generate-city';

/** CPU time since `since` (user + system), ms: the machine is shared, so wall time would measure the neighbours. */
function cpuSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** One measured run of check + summary, in CPU time. */
export interface BenchResult {
  readonly orgs: number;
  readonly checkMs: number;
  readonly summaryMs: number;
  readonly totalMs: number;
  /** Heap growth during the run, MB (after a full GC). */
  readonly heapMb: number;
  readonly orgsPerSecond: number;
}

/** Organisation counts of a city of `n`, in the demo's proportions (79 % ООО, 16 % ДОО, 5 % ОДО). */
export function cityCounts(n: number) {
  const ООО = Math.round(n * 0.79);
  const ДОО = Math.round(n * 0.16);
  return { ООО, ДОО, ОДО: n - ООО - ДОО };
}

// A full GC before each run, so the heap growth is the run's own.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (() => void) | undefined;

/**
 * Check + summary of a generated city of `n` organisations with full forms (10 % with
 * mistakes, none empty or missing), measured in memory in CPU time: no file is read or written.
 *
 * @param n - organisations
 * @param runs - repetitions; the fastest is kept
 * @example benchCity(1000, 3).totalMs // ≈ 600
 */
export function benchCity(n: number, runs: number): BenchResult {
  const city = generateCity({
    ...demoOptions,
    seed: n,
    counts: cityCounts(n),
    shares: { mistakes: 0.1, empty: 0, missing: 0 },
  });
  let best: BenchResult | null = null;
  for (let i = 0; i < runs; i++) {
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = process.cpuUsage();
    const checked = checkWorkbook(city.workbook, { today: demoOptions.asOf });
    if (!checked.ok) throw new Error(formatIssues(checked.refusal, 'cli'));
    const checkMs = cpuSince(t0);
    const t1 = process.cpuUsage();
    const outputs = buildOutputs(checked.report, {
      generatedAt: { date: demoOptions.asOf, time: '08:00' },
      history: [],
      kind: 'build',
      shell: 'cli',
    });
    const summaryMs = cpuSince(t1);
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    if (outputs.sheets.length === 0) throw new Error('no outputs');
    const result = {
      orgs: city.orgs.length,
      checkMs,
      summaryMs,
      totalMs: checkMs + summaryMs,
      heapMb,
      orgsPerSecond: city.orgs.length / ((checkMs + summaryMs) / 1000),
    };
    if (!best || result.totalMs < best.totalMs) best = result;
  }
  if (!best) throw new Error('no run');
  return best;
}
