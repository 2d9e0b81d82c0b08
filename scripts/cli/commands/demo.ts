import { resolve } from 'node:path';
import { runDemo } from '../../demo/run-demo';
import { refuse } from '../cli-refusal';
import { committeeNow } from '../committee-clock';
import { defineCommand } from '../define-command';

/**
 * `profkarta demo [--out DIR]` (design §8): a generated, plainly fictional city checked and
 * summarised as of 2024-02-01 into `DIR/demo.xlsx` and `DIR/summary.html` (default `./out/demo`).
 * The demo's own files are replaced on each run.
 */
export const demoCommand = defineCommand({
  name: 'demo',
  synopsis: 'demo [--out ПАПКА]',
  summary:
    'демонстрационный вымышленный город, проверенный и сведённый на 01.02.2024: ПАПКА/demo.xlsx и ПАПКА/summary.html',
  details: ['  --out ПАПКА  куда записать (по умолчанию out/demo); файлы прошлой демонстрации заменяются'],
  examples: ['npx profkarta demo --out .'],
  options: { out: { type: 'string' } },
  run: async ({ values }, io) => {
    const out = resolve(io.cwd, values.out ?? 'out/demo');
    const run = await runDemo(out, committeeNow(io.today));
    if (!run.ok) refuse(run.message);
    io.stdout(`${run.lines.join('\n')}\n`);
    return 0;
  },
});
