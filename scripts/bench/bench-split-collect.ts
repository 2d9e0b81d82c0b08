import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectCommand } from '../cli/commands/collect';
import { splitCommand } from '../cli/commands/split';
import { benchBook } from './bench-book';

/** What one round took: wall-clock and CPU milliseconds of `split` and of `collect`. */
export interface RoundTimes {
  readonly orgs: number;
  readonly split: { readonly wallMs: number; readonly cpuMs: number };
  readonly collect: { readonly wallMs: number; readonly cpuMs: number };
}

async function timed(run: () => Promise<number>): Promise<{ wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const code = await run();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (code !== 0) throw new Error(`команда завершилась с кодом ${code}`);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * The round without Google end to end on a generated book of `n` organisations with filled forms:
 * `split` into a folder (one .xlsx per organisation), then `collect` of every file back into a copy
 * of the book. Wall-clock time (the budget: split of 400 under 30 s, collect of 400 under 60 s) and
 * CPU time of each command.
 *
 * @param n - organisations
 * @example await benchSplitCollect(400) // { orgs: 400, split: { wallMs: 14000, … }, collect: { wallMs: 26000, … } }
 */
export async function benchSplitCollect(n: number): Promise<RoundTimes> {
  const dir = await mkdtemp(join(tmpdir(), 'profkarta-bench-round-'));
  try {
    const { path: book, orgs } = await benchBook(n, dir);
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: dir, today: new Date('2024-02-01T04:00:00Z') };
    const files = join(dir, 'files');
    const split = await timed(() => splitCommand([book, '--out', files, '--as-of', '2024-02-01'], io));
    const collect = await timed(async () => {
      const code = await collectCommand([book, files, '--out', join(dir, 'book-2.xlsx'), '--as-of', '2024-02-01'], io);
      return code === 1 ? 0 : code;
    });
    return { orgs, split, collect };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('bench-split-collect.ts')) {
  const r = await benchSplitCollect(Number(process.argv[2] ?? 400));
  process.stdout.write(`${JSON.stringify(r)}\n`);
}
