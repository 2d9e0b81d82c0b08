import { resolve } from 'node:path';
import { runDemo } from '../../demo/run-demo';
import { refuse } from '../cli-refusal';
import { committeeNow } from '../committee-clock';
import { defineCommand } from '../define-command';

/**
 * `profkarta demo [--out DIR] [--force]` (design §8): a generated, plainly fictional city checked
 * and summarised as of 2024-02-01 into `DIR/demo.xlsx` and `DIR/summary.html` (default
 * `./out/demo`). Files an earlier demo run wrote there are replaced; files of those names that it did
 * not write (or that were changed since) only with `--force`.
 */
export const demoCommand = defineCommand({
  name: 'demo',
  synopsis: 'demo [--out ПАПКА] [--force]',
  summary:
    'демонстрационный вымышленный город, проверенный и сведённый на 01.02.2024: ПАПКА/demo.xlsx и ПАПКА/summary.html',
  details: [
    '  --out ПАПКА  куда записать (по умолчанию out/demo); файлы прошлой демонстрации заменяются',
    '  --force      заменить и файлы demo.xlsx, summary.html, которые записала не демонстрация',
  ],
  examples: ['npx profkarta demo --out .'],
  options: { out: { type: 'string' }, force: { type: 'boolean' } },
  run: async ({ values }, io) => {
    const out = resolve(io.cwd, values.out ?? 'out/demo');
    const run = await runDemo(out, committeeNow(io.today), {
      ...(values.force ? { force: true } : {}),
      shownAs: values.out ?? 'out/demo',
    });
    if (!run.ok) refuse(run.message);
    io.stdout(`${run.lines.join('\n')}\n`);
    return 0;
  },
});
