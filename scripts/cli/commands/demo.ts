import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runDemo } from '../../demo/run-demo';
import type { Command } from '../cli-io';
import { argsProblem, todayOf } from '../cli-args';
import { clockOf } from './summary';

/**
 * `profkarta demo [--out DIR]` (design §8): a generated, plainly fictional city checked and
 * summarised as of 2024-02-01 into `DIR/demo.xlsx` and `DIR/summary.html` (default `./out/demo`).
 */
export const demoCommand: Command = async (args, io) => {
  let out: string;
  try {
    const { values } = parseArgs({ args: [...args], options: { out: { type: 'string' } } });
    out = resolve(io.cwd, values.out ?? 'out/demo');
  } catch (error) {
    io.stderr(`${argsProblem(error)} Использование: npx profkarta demo [--out ПАПКА]\n`);
    return 2;
  }
  const run = await runDemo(out, { date: todayOf(io), time: clockOf(io) });
  if (!run.ok) {
    io.stderr(`${run.message}\n`);
    return 2;
  }
  io.stdout(`${run.lines.join('\n')}\n`);
  return 0;
};
