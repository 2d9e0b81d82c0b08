import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOrgsCsv } from '../../core/directory/parse-orgs-csv';
import { defaultSettings } from '../../core/directory/read-settings';
import { builtinRoadmap } from '../../core/roadmap/builtin-roadmap';
import { checkCommand } from '../../scripts/cli/commands/check';
import { templateCommand } from '../../scripts/cli/commands/template';
import { oneSchoolCsv } from '../fixtures/orgs-csv';
import { runCommand } from './run-command';
import { editXlsx, schoolEdits, typeInto } from './type-into-xlsx';

const csv = oneSchoolCsv;
const [org] = parseOrgsCsv(csv).orgs;

let dir = '';
let count = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-user-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A book made by `template`, filled correctly, then changed as a user would change it. */
async function filledBook(change: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void = () => undefined) {
  count += 1;
  const orgs = join(dir, `orgs-${count}.csv`);
  const book = join(dir, `book-${count}.xlsx`);
  await writeFile(orgs, csv, 'utf8');
  const made = await runCommand(templateCommand, ['--orgs', orgs, '--out', book]);
  expect(made.code).toBe(0);
  if (!org) throw new Error('no org');
  await editXlsx(book, (wb) => {
    typeInto(wb, 'SCH001', schoolEdits(org, builtinRoadmap(), defaultSettings({ start: 2023 })));
    const ws = wb.getWorksheet('SCH001');
    if (ws) change(ws, wb);
  });
  return book;
}

function rowOf(ws: ExcelJS.Worksheet, text: string): number {
  let found = -1;
  ws.eachRow((row, n) => {
    if (found < 0 && row.getCell(1).text === text) found = n;
  });
  return found;
}

async function check(book: string) {
  const text = await runCommand(checkCommand, [book, '--as-of', '2024-02-01']);
  const json = JSON.parse((await runCommand(checkCommand, [book, '--as-of', '2024-02-01', '--json'])).stdout);
  return { ...text, json };
}

describe('check as a new user would use it', () => {
  it('names the table whose header row was deleted', async () => {
    const book = await filledBook((ws) => {
      ws.spliceRows(rowOf(ws, '6. Повышение квалификации педагогов') + 1, 1);
    });
    const result = await check(book);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'лист «SCH001» — ошибка: В разделе «6. Повышение квалификации педагогов» нет заголовков столбцов «ФИО педагога», «Программа», «Часов», «Дата окончания» и «Документ».',
    );
  });

  it('points at a date cell into which a number was pasted', async () => {
    const book = await filledBook((ws) => {
      ws.getCell(rowOf(ws, 'Дата приказа'), 2).value = 1234;
    });
    const result = await check(book);
    expect(result.code).toBe(1);
    expect(result.json.issues).toHaveLength(1);
    expect(result.json.issues[0]).toMatchObject({
      org: 'SCH001',
      cell: `B${17}`,
      severity: 'error',
      code: 'date_out_of_range',
    });
    // The cell is formatted as a date, so Excel shows 1234 as a date of 1903.
    expect(result.stdout).toContain(
      'лист «SCH001», ячейка B17 — ошибка: Год в дате «18.05.1903» вне допустимых пределов',
    );
  });

  it('reports a renamed tab as missing, naming the code and the stray tab', async () => {
    const book = await filledBook((ws) => {
      ws.name = 'Школа 1';
    });
    const result = await check(book);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('SCH001 — МАОУ «СОШ № 1 г. Челябинска»: нет листа');
    expect(result.stdout).toContain('Нет листа организации «SCH001»');
    expect(result.stdout).toContain('не проверялись: «Школа 1»');
  });

  it('reads a hyperlink, a formula with its result and rich text as Sheets shows them', async () => {
    const book = await filledBook((ws) => {
      const items = rowOf(ws, 'Пункт');
      ws.getCell(items + 1, 6).value = { text: 'план на сайте', hyperlink: 'https://example.org/plan' };
      ws.getCell(rowOf(ws, 'Педагогов-навигаторов'), 2).value = { formula: '1+2', result: 3 };
      ws.getCell(rowOf(ws, 'Должность'), 2).value = { richText: [{ text: 'заместитель ' }, { text: 'директора' }] };
    });
    const result = await check(book);
    expect(result.json.issues).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('refuses a file that is not a workbook with one Russian line and exit 2', async () => {
    const path = join(dir, 'not-a-book.xlsx');
    await writeFile(path, 'code,name\n', 'utf8');
    const result = await runCommand(checkCommand, [path]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/[а-я]/);
  });

  it('refuses a book without «Организации» with exit 2', async () => {
    const book = await filledBook((_ws, wb) => {
      const tab = wb.getWorksheet('Организации');
      if (tab) wb.removeWorksheet(tab.id);
    });
    const result = await runCommand(checkCommand, [book]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('нет листа «Организации»');
  });

  it('refuses a malformed --as-of, and says a date the calendar lacks does not exist', async () => {
    const result = await runCommand(checkCommand, ['book.xlsx', '--as-of', '2024/02/01']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ГГГГ-ММ-ДД или ДД.ММ.ГГГГ');
    const missing = await runCommand(checkCommand, ['book.xlsx', '--as-of', '31.02.2024']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      '--as-of 31.02.2024: Такой даты нет в календаре: «31.02.2024». Проверьте день и месяц.\n',
    );
  });

  it('runs through node bin/profkarta.mjs as a user types it', async () => {
    const book = await filledBook();
    const bin = join(__dirname, '..', '..', 'bin', 'profkarta.mjs');
    const { stdout } = await promisify(execFile)('node', [bin, 'check', book, '--as-of', '2024-02-01', '--json']);
    expect(JSON.parse(stdout).orgs).toEqual([
      {
        code: 'SCH001',
        name: 'МАОУ «СОШ № 1 г. Челябинска»',
        tab: 'SCH001',
        status: 'submitted',
        errors: 0,
        warnings: 0,
      },
    ]);
  });
});
