import { committeeTabNames } from '../../core/grid/tab-names';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../scripts/xlsx/read-workbook-file';
import { templateCommand } from '../../scripts/cli/commands/template';
import { validInn } from '../fixtures/valid-inn';
import { runCommand } from './run-command';
import { editXlsx } from './type-into-xlsx';

const csv = `code,name,type,district,inn,emails,active
SCH001,МАОУ «СОШ № 1 г. Челябинска»,ООО,Центральный,${validInn('745300001')},school1@example.ru,да
SCH002,МАОУ «СОШ № 2 г. Челябинска»,ООО,Центральный,${validInn('745300002')},school2@example.ru,нет
`;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-opt-'));
  await writeFile(join(dir, 'orgs.csv'), csv, 'utf8');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('template options', () => {
  it('writes the committee tabs and a tab for each active organisation only', async () => {
    const out = join(dir, 'book.xlsx');
    const result = await runCommand(templateCommand, ['--orgs', join(dir, 'orgs.csv'), '--out', out]);
    expect(result.code).toBe(0);
    const read = await readWorkbookFile(out);
    if (!read.ok) throw new Error(read.message);
    const names = read.workbook.committee.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining([...committeeTabNames, 'SCH001']));
    expect(names).not.toContain('SCH002');
  });

  it('refuses another school year without a roadmap, and accepts one with --roadmap', async () => {
    const out = join(dir, 'book-2024.xlsx');
    const refused = await runCommand(templateCommand, [
      '--orgs',
      join(dir, 'orgs.csv'),
      '--out',
      out,
      '--school-year',
      '2024',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('2023/2024');
    const base = join(dir, 'base.xlsx');
    await runCommand(templateCommand, ['--orgs', join(dir, 'orgs.csv'), '--out', base]);
    // A 2023/2024 book's roadmap is not taken for 2024/2025 without a word (issue 13): its year must be 2024/2025.
    const mismatch = await runCommand(templateCommand, [
      '--orgs',
      join(dir, 'orgs.csv'),
      '--out',
      out,
      '--school-year',
      '2024',
      '--roadmap',
      base,
    ]);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain('не совпадает с учебным годом дорожной карты');
    await editXlsx(base, (wb) => {
      wb.getWorksheet('Настройки')?.eachRow((r) => {
        if (r.getCell(1).text === 'Учебный год') r.getCell(2).value = '2024/2025';
      });
    });
    const made = await runCommand(templateCommand, [
      '--orgs',
      join(dir, 'orgs.csv'),
      '--out',
      out,
      '--school-year',
      '2024',
      '--roadmap',
      base,
    ]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('2024/2025');
  });

  it.each([
    [['--out', 'x.xlsx'], 'Укажите --orgs и --out'],
    [['--orgs', 'нет.csv', '--out', 'x.xlsx'], 'не найден'],
    [['--orgs', 'a.csv', '--out', 'x.xlsx', '--school-year', '23'], 'Учебный год «23»'],
    [['--bogus'], 'Неизвестный или неполный параметр «--bogus»'],
  ])('refuses %j with a Russian message and exit 2', async (args, message) => {
    const result = await runCommand(templateCommand, args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
