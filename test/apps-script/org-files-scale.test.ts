import { describe, expect, it } from 'vitest';
import { sheetNamed, valuesOf } from './fake/model';
import { continuations, execute, type FilesRun, fireContinuation } from './measure-files';
import { type FilesCity, filesCity, schoolEdits } from './org-files';

const journal = (city: FilesCity) => valuesOf(sheetNamed(city.fake.committee, 'Журнал')!).map((r) => r.map(String));

/** Every execution stays under 5 minutes of fake time and never meets the per-minute quota. */
function withinLimits(runs: readonly FilesRun[]): void {
  for (const run of runs) {
    expect(run.result.ok, run.result.message).toBe(true);
    expect(run.minutes).toBeLessThan(5);
    expect(run.quotaErrors).toBe(0);
  }
}

describe('410 organisation files', () => {
  const city = filesCity(410);

  it('reads them all the first time over several executions, each under 5 minutes and within the read quota, with progress', () => {
    const first = execute(city, () => city.fake.run('buildSummary'));
    expect(first.result.message).toMatch(/^Прочитано файлов организаций: \d+ из 410, осталось \d+/);
    expect(first.result.ok && first.result.progress?.total).toBe(410);
    // A build never writes outputs from a partial read.
    expect(sheetNamed(city.fake.committee, 'Сводка')).toBeUndefined();
    expect(first.writes).toBe(0);
    const runs = [first];
    while (continuations(city).length > 0) {
      runs.push(fireContinuation(city));
      expect(runs.length).toBeLessThan(6);
    }
    withinLimits(runs);
    expect(runs.length).toBeGreaterThan(1);
    expect(runs.at(-1)!.result.message).toBe('Прочитаны все файлы организаций: 410.');
    expect(runs.reduce((sum, r) => sum + r.reads, 0)).toBe(410);
    const progress = journal(city)
      .map((r) => r[3] ?? '')
      .filter((l) => /^Прочитано файлов организаций: \d+ из 410/.test(l));
    expect(progress.length).toBe(runs.length - 1);
  });

  it('builds once every file is read, writing into the files the write quota leaves time for, the rest at the next build', () => {
    const build = execute(city, () => city.fake.run('buildSummary'));
    expect(build.result.message).toMatch(/^Сводка собрана\. Всего организаций: 410 — сдали 410/);
    expect(build.result.message).toMatch(/Результаты записаны в \d+ из 410 файлов, остальные — при следующей сборке/);
    expect(build.reads).toBe(0);
    const runs = [build];
    while (/остальные/.test(runs.at(-1)!.result.message)) {
      runs.push(execute(city, () => city.fake.run('buildSummary')));
      expect(runs.length).toBeLessThan(5);
    }
    withinLimits(runs);
    expect(runs.reduce((sum, r) => sum + r.writes, 0)).toBe(410);
    const quiet = execute(city, () => city.fake.run('buildSummary'));
    expect([quiet.reads, quiet.writes]).toEqual([0, 0]);
    withinLimits([quiet]);
  });

  it('after 40 files changed, builds with one listing, 40 file reads and a constant number of other calls', () => {
    const changed = [...city.files.keys()].filter((_, i) => i % 10 === 3).slice(0, 40);
    city.fake.world.now += 3_600_000;
    for (const code of changed) schoolEdits(city.fake, city.files.get(code)!, code, `${code}@example.ru`);
    const build = execute(city, () => city.fake.run('buildSummary'));
    withinLimits([build]);
    expect(build.result.message).toMatch(/^Сводка собрана/);
    expect(build.calls['Drive.Files.list']).toBe(1);
    expect(build.reads).toBe(40);
    expect(build.writes).toBe(40);
    const sheetsCalls = Object.entries(build.calls)
      .filter(([name]) => name.startsWith('Sheets.'))
      .reduce((sum, [, n]) => sum + n, 0);
    // The committee's metadata (twice) and links, its tabs and the kept files (one read each), the kept
    // files read now, and the outputs in batches of at most 2 MB: the same with 1 or 400 files changed.
    expect(sheetsCalls - build.reads - build.writes).toBeLessThanOrEqual(12);
  });
});
