import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOrgsCsv } from '../../core/directory/parse-orgs-csv';
import { defaultSettings } from '../../core/directory/read-settings';
import { builtinRoadmap } from '../../core/roadmap/builtin-roadmap';
import { checkCommand } from '../../scripts/cli/commands/check';
import { templateCommand } from '../../scripts/cli/commands/template';
import { orgsCsvHeader, sch001Row } from '../fixtures/orgs-csv';
import { validInn } from '../fixtures/valid-inn';
import { runCommand } from './run-command';
import { editXlsx, schoolEdits, typeInto } from './type-into-xlsx';

const csv = [
  orgsCsvHeader,
  sch001Row,
  `DOU001,МБДОУ «ДС № 1 г. Челябинска»,ДОО,Ленинский,${validInn('745300002')},dou1@example.ru`,
  `ODO001,МАУДО «ЦДТ г. Челябинска»,ОДО,Советский,${validInn('745300003')},"odo1@example.ru; odo@example.org"`,
].join('\n');

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function makeBook(
  name: string,
  text = csv,
): Promise<{ book: string; result: Awaited<ReturnType<typeof runCommand>> }> {
  const orgs = join(dir, `${name}.csv`);
  const book = join(dir, `${name}.xlsx`);
  await writeFile(orgs, text, 'utf8');
  const result = await runCommand(templateCommand, ['--orgs', orgs, '--out', book]);
  return { book, result };
}

async function fillAll(book: string): Promise<void> {
  const roadmap = builtinRoadmap();
  const settings = defaultSettings({ start: 2023 });
  const { orgs } = parseOrgsCsv(csv);
  await editXlsx(book, (wb) => {
    for (const org of orgs) typeInto(wb, org.code, schoolEdits(org, roadmap, settings));
  });
}

describe('template and check on real .xlsx files', () => {
  it('makes a book that, filled as schools fill it, passes check with no errors', async () => {
    const { book, result } = await makeBook('clean');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('листов организаций — 3');
    await fillAll(book);
    const check = await runCommand(checkCommand, [book, '--as-of', '2024-02-01', '--json']);
    const json = JSON.parse(check.stdout);
    expect(json.issues).toEqual([]);
    expect(json.orgs.map((o: { status: string }) => o.status)).toEqual(['submitted', 'submitted', 'submitted']);
    expect(check.code).toBe(0);
  });

  it('reports untouched tabs as empty and exits 0', async () => {
    const { book } = await makeBook('untouched');
    const check = await runCommand(checkCommand, [book, '--as-of', '2024-02-01']);
    expect(check.stdout).toContain('не заполнили 3');
    expect(check.code).toBe(0);
  });

  it('accepts a CSV with a bad ИНН with a warning, and check reports it at its cell', async () => {
    const bad = csv.replace(validInn('745300002'), '7453000020');
    const { book, result } = await makeBook('bad-inn', bad);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/ИНН/);
    const check = await runCommand(checkCommand, [book, '--as-of', '2024-02-01', '--json']);
    const inn = JSON.parse(check.stdout).issues.filter((i: { tab: string }) => i.tab === 'Организации');
    expect(inn).toHaveLength(1);
    expect(inn[0]).toMatchObject({ org: 'DOU001', severity: 'error', cell: 'E3' });
    expect(check.code).toBe(1);
  });
});
