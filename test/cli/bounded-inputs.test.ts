import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalXlsx, row } from '../fixtures/minimal-xlsx';
import { hasStackTrace, runBin } from './run-bin';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-bounds-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const directoryHeader = row(1, ['Код', 'Наименование', 'Тип', 'Район', 'ИНН', 'Электронная почта']);

/** One Russian line on stderr, nothing else: no stack trace, no English. */
function expectOneRussianLine(stderr: string): void {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/[А-Яа-я]/);
  expect(hasStackTrace(stderr)).toBe(false);
}

describe('profkarta refuses inputs beyond sane sizes, in seconds and in Russian', () => {
  it('refuses a workbook whose tab has all 1,048,576 rows filled, before loading it', async () => {
    const rows: string[] = [directoryHeader];
    for (let r = 2; r <= 1_048_576; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    const book = join(dir, 'million.xlsx');
    await writeFile(book, await minimalXlsx([{ name: 'Организации', sheetData: rows.join('') }]));
    const run = await runBin(['check', book], { timeoutMs: 30_000 });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('На листе «Организации» книги');
    expect(run.stderr).toContain('занято 1 048 576 строк, а может быть не больше 20 000');
    expectOneRussianLine(run.stderr);
  }, 60_000);

  it('refuses a small tab with a value in its last row 1,048,576', async () => {
    const sheetData = `${directoryHeader}${row(1_048_576, ['S1'])}`;
    const book = join(dir, 'far.xlsx');
    await writeFile(book, await minimalXlsx([{ name: 'Организации', sheetData }]));
    const run = await runBin(['check', book]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('занято 1 048 576 строк');
    expectOneRussianLine(run.stderr);
  }, 30_000);

  it('accepts a tab of exactly 20,000 rows', async () => {
    const rows = [directoryHeader];
    for (let r = 2; r <= 20_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    const book = join(dir, 'twenty-thousand.xlsx');
    await writeFile(book, await minimalXlsx([{ name: 'Организации', sheetData: rows.join('') }]));
    const run = await runBin(['check', book]);
    expect(run.stderr).not.toContain('может быть не больше 20 000');
  }, 30_000);

  it('refuses a 50,000-line CSV in template without writing the book', async () => {
    const lines = ['code,name,type,district,inn,emails'];
    for (let i = 1; i <= 50_000; i++) lines.push(`S${i},Школа № ${i},ООО,Центральный,,s${i}@example.ru`);
    const orgs = join(dir, 'fifty-thousand.csv');
    const out = join(dir, 'fifty-thousand.xlsx');
    await writeFile(orgs, lines.join('\n'));
    const run = await runBin(['template', '--orgs', orgs, '--out', out], { timeoutMs: 30_000 });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('50\u00a0000 строк, а организаций может быть не больше 5\u00a0000');
    expect(hasStackTrace(run.stderr)).toBe(false);
    await expect(readFile(out)).rejects.toThrow();
  }, 60_000);

  it('refuses a CSV over 5 MB before reading it', async () => {
    const orgs = join(dir, 'huge.csv');
    await writeFile(
      orgs,
      `code,name,type,district,inn,emails\n${'S1,Школа,ООО,Центральный,,a@example.ru\n'.repeat(150_000)}`,
    );
    const run = await runBin(['template', '--orgs', orgs, '--out', join(dir, 'huge.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/слишком велик \(\d+,\d МБ\)/);
    expectOneRussianLine(run.stderr);
  }, 30_000);
});
