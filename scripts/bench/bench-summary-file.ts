import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summaryCommand } from '../cli/commands/summary';
import { benchBook } from './bench-book';

/** CPU time of one call, ms (user + system, `process.cpuUsage`). */
async function cpuMs(run: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * The `summary` command end to end on a generated book of `n` organisations written to a
 * temporary .xlsx: read, check, outputs, the copy and the HTML written. Best of `runs`, in CPU ms.
 *
 * @param n - organisations
 * @param runs - repetitions; the lowest CPU time is kept
 * @example await benchSummaryFile(1000, 3) // ≈ 9000
 */
export async function benchSummaryFile(n: number, runs: number): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'profkarta-bench-'));
  try {
    const { path: book } = await benchBook(n, dir);
    const io = {
      stdout: () => undefined,
      stderr: () => undefined,
      cwd: dir,
      today: new Date('2024-02-01T04:00:00Z'),
    };
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < runs; i++) {
      let code = -1;
      const ms = await cpuMs(async () => {
        code = await summaryCommand([book, '--out', join(dir, `out-${i}.xlsx`), '--as-of', '2024-02-01'], io);
      });
      if (code !== 0) throw new Error(`summary exited ${code}`);
      best = Math.min(best, ms);
    }
    return best;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('bench-summary-file.ts')) {
  const n = Number(process.argv[2] ?? 1000);
  const ms = await benchSummaryFile(n, Number(process.argv[3] ?? 3));
  process.stdout.write(`summary, ${n} организаций: ${ms.toFixed(0)} мс процессорного времени\n`);
}
