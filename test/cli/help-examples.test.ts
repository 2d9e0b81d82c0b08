import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, runCli } from '../../scripts/cli/main';
import { validInn } from '../fixtures/valid-inn';
import { hasStackTrace } from './run-bin';
import { runCommand } from './run-command';

// Issue 13: the help's own example `period "Декабрь 2023 г. – Январь 2024 г."` failed. Every example
// of every command's --help is run here as written, in a folder holding what a user would have:
// their list of organisations and their order (a 2024/2025 one), and what earlier examples wrote.

/** The order examples run in: each one's inputs are written by an earlier one. */
const order = [
  'demo',
  'import-roadmap',
  'template',
  'check',
  'summary',
  'roadmap',
  'period',
  'split',
  'collect',
  'schema',
];
/** `check` exits 1 when the book has errors: the demo city has some by design. */
const verdicts: Readonly<Record<string, number>> = { check: 1 };
/** The user's machine: 30.11.2026 in Chelyabinsk, outside every example's school year. */
const userToday = new Date('2026-11-30T05:15:00Z');

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-examples-'));
  const orgs = [
    'Код;Наименование;Тип;Район;ИНН;Электронная почта',
    `S1;МАОУ «СОШ № 1»;ООО;Центральный;${validInn('745100001')};s1@example.ru`,
    `D2;МАДОУ «Детский сад № 2»;ДОО;Советский;${validInn('745100002')};d2@example.ru`,
  ].join('\n');
  await writeFile(join(dir, 'организации.csv'), orgs);
  const seed = await readFile(new URL('../fixtures/orders/order-1828-u.txt', import.meta.url), 'utf8');
  // The committee's order for 2024/2025: the order of 2023 a year on.
  await writeFile(
    join(dir, 'приказ.txt'),
    seed.replace(/20(2[34])/g, (_, y: string) => `20${Number(y) + 1}`),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function cli(argv: readonly string[]) {
  return runCommand(runCli, argv, userToday, dir);
}

/** A command line as a shell splits it: words, and "…" or '…' as one word. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** The examples of a command's --help, as printed. */
async function examplesOf(name: string): Promise<string[]> {
  const help = await cli([name, '--help']);
  const lines = help.stdout.split('\n');
  const start = lines.indexOf('Примеры:');
  if (start < 0) return [];
  const examples: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  npx profkarta ')) break;
    examples.push(line.trim());
  }
  return examples;
}

describe('every example in --help runs as written', () => {
  it('every command has examples, and all of them are run here', async () => {
    expect([...order].sort()).toEqual(commands.map((c) => c.spec.name).sort());
    for (const name of order) expect(await examplesOf(name)).not.toEqual([]);
  });

  it.each(order)(
    'the examples of %s',
    async (name) => {
      for (const example of await examplesOf(name)) {
        const [npx, profkarta, ...argv] = shellWords(example);
        expect([npx, profkarta, argv[0]]).toEqual(['npx', 'profkarta', name]);
        const run = await cli(argv);
        expect({ example, code: run.code, stderr: hasStackTrace(run.stderr) ? run.stderr : '' }).toEqual({
          example,
          code: verdicts[name] ?? 0,
          stderr: '',
        });
      }
    },
    120_000,
  );
});
