import type { SidebarResult } from '../../addon/sidebar-protocol';
import type { FakeTrigger, ScriptAppFake } from './fake/script-app';
import { type FilesCity, filesCity, schoolEdits } from './org-files';

/** What one execution did: its answer, fake minutes, requests to organisation files, 429s met, every call. */
export interface FilesRun {
  readonly result: SidebarResult;
  readonly minutes: number;
  readonly reads: number;
  readonly writes: number;
  readonly quotaErrors: number;
  readonly calls: Record<string, number>;
}

/** Runs an entry point as one execution and counts what it sent to the organisation files. */
export function execute(city: FilesCity, run: () => unknown): FilesRun {
  const ids = new Set([...city.files.values()].map((f) => f.id));
  const sheets = (city.fake.globals.Sheets as GoogleAppsScript.Sheets).Spreadsheets! as unknown as Record<
    string,
    (...args: unknown[]) => unknown
  >;
  const original = { get: sheets.get!, batchUpdate: sheets.batchUpdate! };
  let reads = 0;
  let writes = 0;
  let quotaErrors = 0;
  const watch =
    (name: 'get' | 'batchUpdate', idAt: number) =>
    (...args: unknown[]) => {
      if (ids.has(String(args[idAt]))) {
        if (name === 'get') reads++;
        else writes++;
      }
      try {
        return original[name](...args);
      } catch (error) {
        if ((error as { details?: { code?: number } }).details?.code === 429) quotaErrors++;
        throw error;
      }
    };
  sheets.get = watch('get', 0);
  sheets.batchUpdate = watch('batchUpdate', 1);
  const start = city.fake.world.now;
  city.fake.counter.reset();
  try {
    const result = run() as SidebarResult;
    const minutes = (city.fake.world.now - start) / 60_000;
    return { result, minutes, reads, writes, quotaErrors, calls: city.fake.counter.toJSON() };
  } finally {
    Object.assign(sheets, original);
  }
}

/** The continuation triggers waiting. */
export function continuations(city: FilesCity): FakeTrigger[] {
  return (city.fake.globals.ScriptApp as ScriptAppFake).triggers.filter((t) => t.handler === 'continueOrgFiles');
}

/** Fires the waiting continuation trigger when due, as Apps Script does: no document, no active user, as its installer. */
export function fireContinuation(city: FilesCity): FilesRun {
  const waiting = continuations(city);
  if (waiting.length !== 1) throw new Error(`${waiting.length} continuation triggers waiting`);
  city.fake.world.now = Math.max(city.fake.world.now, waiting[0]!.runAt!);
  return execute(city, () => city.fake.fire('continueOrgFiles'));
}

/** Runs an action from the menu, then its continuations until none is left: every execution. */
function untilDone(city: FilesCity, name: string): FilesRun[] {
  const runs = [execute(city, () => city.fake.run(name))];
  while (continuations(city).length > 0) {
    if (runs.length > 20) throw new Error('the continuation does not end');
    runs.push(fireContinuation(city));
  }
  return runs;
}

/** Calls of several executions added up. */
export function sumCalls(runs: readonly FilesRun[]): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const run of runs) for (const [k, v] of Object.entries(run.calls)) sum[k] = (sum[k] ?? 0) + v;
  return sum;
}

/** The figures `npm run bench` prints for `n` organisation files. */
export interface FilesReport {
  readonly n: number;
  /** «Собрать сводку» on a new set-up: reading every file, then the build with its write-back. */
  readonly firstRead: readonly FilesRun[];
  readonly firstBuild: readonly FilesRun[];
  /** «Собрать сводку» after 10 % of the files changed. */
  readonly changed: readonly FilesRun[];
}

/**
 * «Собрать сводку» over `n` organisation files in the fake running dist/Code.js: the first time
 * (reading every file over as many executions as the quotas need: the build and its continuation
 * trigger), then the build itself with its writes into every file (built again while the write
 * quota leaves files unwritten), and an hour later after 10 % of the files changed.
 *
 * @param n - organisation files
 */
export function measureFiles(n: number): FilesReport {
  const city = filesCity(n);
  const firstRead = untilDone(city, 'buildSummary');
  // The build, and builds again while its time leaves files unwritten.
  const firstBuild = [execute(city, () => city.fake.run('buildSummary'))];
  while (/остальные/.test(firstBuild.at(-1)!.result.message) && firstBuild.length < 10)
    firstBuild.push(execute(city, () => city.fake.run('buildSummary')));
  // An hour later, 10 % of the schools change their forms.
  city.fake.world.now += 3_600_000;
  const codes = [...city.files.keys()];
  for (const code of codes.filter((_, i) => i % 10 === 3))
    schoolEdits(city.fake, city.files.get(code)!, code, `${code}@example.ru`);
  const changed = untilDone(city, 'buildSummary');
  return { n, firstRead, firstBuild, changed };
}
