import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SheetData } from '../../../core/grid/sheet-data';
import type { OutputSheet, OutValue } from '../../../core/grid/output-sheet';
import { runCommand } from '../../../test/cli/run-command';
import { rowOfLabel, setCell } from '../../../test/fixtures/filled-org-sheet';
import { smallCity } from '../../../test/fixtures/small-city';
import { readWorkbookFile } from '../../xlsx/read-workbook-file';
import { writeWorkbookFile } from '../../xlsx/write-workbook-file';
import { summaryCommand } from './summary';
import { outputTabNames } from '../../../core/grid/tab-names';

const formula = '=IMPORTXML("http://example.org/x", "//a")';
let dir = '';
let book = '';

/** A grid back to cells the writer takes: `Date` → a date cell. */
function asOutput(sheet: SheetData): OutputSheet {
  const rows = sheet.values.map((row) =>
    row.map((cell): OutValue => {
      if (cell instanceof Date) return { kind: 'date', date: cell.toISOString().slice(0, 10) };
      return cell === undefined ? null : (cell as OutValue);
    }),
  );
  return { name: sheet.name, rows, format: {} };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-summary-'));
  book = join(dir, 'book.xlsx');
  const city = smallCity();
  const sch001 = city.workbook.reports.find((s) => s.name === 'SCH001') as {
    values: unknown[][];
    name: string;
    links: (string | null)[][];
  };
  setCell(sch001, rowOfLabel(sch001, 'Должность'), 1, formula);
  const written = await writeWorkbookFile(book, city.workbook.reports.map(asOutput));
  if (!written.ok) throw new Error(written.message);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('summaryCommand', () => {
  it('writes every output tab into a copy, the HTML beside it, and prints a Russian summary', async () => {
    const out = join(dir, 'out.xlsx');
    const result = await runCommand(summaryCommand, [book, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Организаций: 6; сдали без ошибок: 3; с ошибками: 1; не сдали: 2\./);
    const read = await readWorkbookFile(out);
    if (!read.ok) throw new Error(read.message);
    const names = read.workbook.committee.map((s) => s.name);
    for (const tab of [...outputTabNames, 'Состояние', 'SCH001']) {
      expect(names).toContain(tab);
    }
    const html = await readFile(join(dir, 'out.html'), 'utf8');
    expect(html).toContain('<figure class="chart">');
  });

  it('keeps a school’s formula-like text a plain string in the outputs', async () => {
    const out = join(dir, 'formula.xlsx');
    await runCommand(summaryCommand, [book, '--out', out]);
    const read = await readWorkbookFile(out);
    if (!read.ok) throw new Error(read.message);
    const responsible = read.workbook.committee.find((s) => s.name === 'Ответственные');
    const row = responsible?.values.find((r) => r[1] === 'SCH001');
    expect(row?.[5]).toBe(formula);
  });

  it('appends to История on each run and keeps the first date seen submitted', async () => {
    const first = join(dir, 'first.xlsx');
    const second = join(dir, 'second.xlsx');
    await runCommand(summaryCommand, [book, '--out', first]);
    await runCommand(summaryCommand, [first, '--out', second, '--as-of', '2024-02-05']);
    const read = await readWorkbookFile(second);
    if (!read.ok) throw new Error(read.message);
    const history = read.workbook.committee.find((s) => s.name === 'История');
    const dates = new Set(history?.values.slice(1).map((r) => (r[0] as Date).toISOString().slice(0, 10)));
    expect(dates).toEqual(new Set(['2024-02-01', '2024-02-05']));
    const state = read.workbook.committee.find((s) => s.name === 'Состояние');
    expect(state?.values.find((r) => r[0] === 'SCH001')?.[1]).toBe('2024-01-15');
    expect(state?.values.find((r) => r[0] === 'SCH002')?.[1]).toBe('2024-02-01');
    const journal = read.workbook.committee.find((s) => s.name === 'Журнал');
    expect(journal?.values).toHaveLength(3);
  });

  it('prints the summary JSON with --json', async () => {
    const result = await runCommand(summaryCommand, [book, '--out', join(dir, 'json.xlsx'), '--json']);
    const json = JSON.parse(result.stdout);
    expect(json.asOf).toBe('2024-02-01');
    expect(Object.keys(json.orgs)).toHaveLength(6);
    expect(json.city.coverage).toHaveProperty('value');
  });

  it.each([
    [['missing.xlsx', '--out', 'x.xlsx'], /не найден/],
    [['book.xlsx'], /Укажите файл результата/],
    [['book.xlsx', '--out', 'x.xlsx', '--as-of', '2024/02/01'], /не читается/],
  ])('exits 2 with one Russian line for %j', async (args, message) => {
    const result = await runCommand(
      summaryCommand,
      args.map((a) => (a.endsWith('.xlsx') ? join(dir, a) : a)),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('profkarta summary (subprocess)', () => {
  it('runs through bin/profkarta.mjs and writes the copy', () => {
    const out = join(dir, 'subprocess.xlsx');
    const run = spawnSync(
      process.execPath,
      ['bin/profkarta.mjs', 'summary', book, '--out', out, '--as-of', '2024-02-01'],
      {
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Сводка на 01.02.2024 записана');
  }, 30_000);
});
