import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliDocuments } from '../../core/outputs/cli-documents';
import { checkCommand } from '../../scripts/cli/commands/check';
import { importRoadmapCommand } from '../../scripts/cli/commands/import-roadmap';
import { periodCommand } from '../../scripts/cli/commands/period';
import { roadmapCommand } from '../../scripts/cli/commands/roadmap';
import { schemaCommand } from '../../scripts/cli/commands/schema';
import { summaryCommand } from '../../scripts/cli/commands/summary';
import { templateCommand } from '../../scripts/cli/commands/template';
import { orgsCsvHeader, sch001Row } from '../fixtures/orgs-csv';
import { runCommand } from './run-command';

const csv = [
  orgsCsvHeader,
  sch001Row,
  'DOU001,МБДОУ «ДС № 1 г. Челябинска»,ДОО,Ленинский,7453000020,dou1@example.ru',
].join('\n');

let dir = '';
let book = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-json-'));
  await writeFile(join(dir, 'orgs.csv'), csv, 'utf8');
  book = join(dir, 'book.xlsx');
  const made = await runCommand(templateCommand, ['--orgs', join(dir, 'orgs.csv'), '--out', book]);
  if (made.code !== 0) throw new Error(made.stderr);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What a command printed fits its document's schema, and the schema names every field of it. */
function expectDocument(name: keyof typeof cliDocuments, stdout: string): void {
  const printed = JSON.parse(stdout);
  const parsed = cliDocuments[name].safeParse(printed);
  expect(parsed.success ? 'ok' : parsed.error.issues).toBe('ok');
  expect(parsed.data).toEqual(printed);
}

describe('what the commands print with --json', () => {
  it('fits the schema of its document: check, summary, roadmap, period, import-roadmap', async () => {
    const check = await runCommand(checkCommand, [book, '--as-of', '2024-02-01', '--json']);
    expect(check.code).toBe(1);
    expectDocument('check', check.stdout);
    const summary = await runCommand(summaryCommand, [
      book,
      '--out',
      join(dir, 'summary.xlsx'),
      '--as-of',
      '2024-02-01',
      '--json',
    ]);
    expect(summary.code).toBe(0);
    expectDocument('summary', summary.stdout);
    const roadmap = await runCommand(roadmapCommand, ['--book', book, '--json', '--as-of', '2024-02-01']);
    expectDocument('roadmap', roadmap.stdout);
    for (const phrase of ['Декабрь 2023 г. – Январь 2024 г.', 'по мере поступления']) {
      const period = await runCommand(periodCommand, [phrase, '--school-year', '2023', '--json']);
      expectDocument('period', period.stdout);
    }
    const order = new URL('../fixtures/orders/order-1828-u.txt', import.meta.url).pathname;
    const imported = await runCommand(importRoadmapCommand, [
      order,
      '--school-year',
      '2023',
      '--out',
      join(dir, 'roadmap.xlsx'),
      '--json',
    ]);
    expectDocument('import-roadmap', imported.stdout);
  }, 60_000);
});

describe('profkarta schema', () => {
  it('prints the JSON Schema of every document, with the fields design §8 requires', async () => {
    const result = await runCommand(schemaCommand, []);
    expect(result.code).toBe(0);
    const schemas = JSON.parse(result.stdout);
    expect(Object.keys(schemas)).toEqual(['check', 'summary', 'roadmap', 'period', 'import-roadmap', 'collect']);
    for (const schema of Object.values(schemas) as { $schema: string }[]) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
    expect(schemas.check.required).toEqual(['asOf', 'orgs', 'issues']);
    expect(schemas.summary.required).toEqual(
      expect.arrayContaining(['asOf', 'city', 'districts', 'orgs', 'roadmap', 'recommendations']),
    );
    expect(schemas.summary.properties.city.required).toEqual(
      expect.arrayContaining(['expected', 'submitted', 'levels', 'coverage', 'bvbRegistered', 'roadmapDone']),
    );
    expect(schemas.roadmap.properties.items.items.required).toEqual(
      expect.arrayContaining(['id', 'kind', 'title', 'period', 'windows', 'reporters', 'responsible', 'result']),
    );
    expect(schemas.collect.properties.files.items.required).toEqual(
      expect.arrayContaining(['file', 'org', 'status', 'errors', 'reason', 'notes']),
    );
    // Readers must tolerate fields added later (design §8): objects stay open.
    expect(result.stdout).not.toContain('"additionalProperties": false');
  });

  it('prints one document by name, and refuses an unknown one with exit 2', async () => {
    const one = await runCommand(schemaCommand, ['period']);
    expect(JSON.parse(one.stdout).anyOf).toHaveLength(2);
    const bad = await runCommand(schemaCommand, ['все']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^Укажите один из документов: check, summary, roadmap, period, import-roadmap/);
  });
});
