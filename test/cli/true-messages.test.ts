import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOrgsCsv } from '../../core/directory/parse-orgs-csv';
import { defaultSettings } from '../../core/directory/read-settings';
import { builtinRoadmap } from '../../core/roadmap/builtin-roadmap';
import { checkCommand } from '../../scripts/cli/commands/check';
import { summaryCommand } from '../../scripts/cli/commands/summary';
import { templateCommand } from '../../scripts/cli/commands/template';
import { oneSchoolCsv } from '../fixtures/orgs-csv';
import { runCommand } from './run-command';
import { editXlsx, schoolEdits, typeInto } from './type-into-xlsx';

// Issue 13, «Messages that are false» and «Russian»: each finding on the input as it was found.

const csv = oneSchoolCsv;
const [org] = parseOrgsCsv(csv).orgs;

let dir = '';
let count = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-true-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A book made by `template` and filled correctly, then changed as the finding describes. */
async function book(change: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<string> {
  count += 1;
  const orgs = join(dir, `orgs-${count}.csv`);
  const path = join(dir, `book-${count}.xlsx`);
  await writeFile(orgs, csv, 'utf8');
  expect((await runCommand(templateCommand, ['--orgs', orgs, '--out', path])).code).toBe(0);
  if (!org) throw new Error('no org');
  await editXlsx(path, (wb) => {
    typeInto(wb, 'SCH001', schoolEdits(org, builtinRoadmap(), defaultSettings({ start: 2023 })));
    const ws = wb.getWorksheet('SCH001');
    if (ws) change(ws, wb);
  });
  return path;
}

function rowOf(ws: ExcelJS.Worksheet, text: string): number {
  let found = -1;
  ws.eachRow((row, n) => {
    if (found < 0 && row.getCell(1).text === text) found = n;
  });
  if (found < 0) throw new Error(`нет строки «${text}»`);
  return found;
}

interface JsonIssue {
  readonly cell: string | null;
  readonly code: string;
  readonly severity: string;
  readonly message: string;
}

async function checkJson(path: string): Promise<{ issues: JsonIssue[] }> {
  return JSON.parse((await runCommand(checkCommand, [path, '--as-of', '2024-02-01', '--json'])).stdout);
}

/** `summary` into a copy, read back: the tabs by name, each as rows of exceljs cells. */
async function summarised(path: string): Promise<Map<string, ExcelJS.Worksheet>> {
  const out = path.replace(/\.xlsx$/, '-copy.xlsx');
  const run = await runCommand(summaryCommand, [path, '--out', out, '--as-of', '2024-02-01']);
  expect(run.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return new Map(wb.worksheets.map((ws) => [ws.name, ws]));
}

function texts(ws: ExcelJS.Worksheet | undefined): string[] {
  const all: string[] = [];
  ws?.eachRow((row) => row.eachCell((cell) => all.push(cell.text)));
  return all;
}

describe('messages that say what is true', () => {
  it("says a named person's phone with a digit missing is wrong, at its cell, and never stores it", async () => {
    let phoneRow = 0;
    const path = await book((ws) => {
      phoneRow = rowOf(ws, 'Телефон');
      ws.getCell(phoneRow, 2).value = '8-351-123-45-6';
    });
    const { issues } = await checkJson(path);
    expect(issues.map((i) => [i.cell, i.code])).toEqual([[`B${phoneRow}`, 'phone_wrong_length']]);
    expect(issues[0]?.message).toBe(
      'В номере телефона «8-351-123-45-6» 10 цифр, а в российском номере их 11: +7 (или 8) и ещё 10. Проверьте, не пропущена ли цифра.',
    );
    const tabs = await summarised(path);
    const recommendations = texts(tabs.get('Рекомендации')).join('\n');
    expect(recommendations).toContain(
      'Сведения об ответственном за профориентацию (раздел 2): телефон указан с ошибкой.',
    );
    expect(recommendations).not.toMatch(/Не назначен|не заполнено телефон/);
    expect(texts(tabs.get('Ответственные'))).not.toContain('+7 835 112-34-56');
  }, 60_000);

  it('counts an address typed into «Подтверждение» and a HYPERLINK formula as exported by Sheets as links, and the registry keeps them', async () => {
    const path = await book((ws) => {
      const first = rowOf(ws, 'Пункт') + 1;
      ws.getCell(first, 6).value = 'https://school.example.ru/prikaz-12.pdf';
      ws.getCell(first + 1, 6).value = {
        formula: 'HYPERLINK("https://school.example.ru/proby.pdf","Приказ о профпробах")',
        result: 'Приказ о профпробах',
      };
      ws.getCell(first, 4).value = 'выполнено';
      ws.getCell(first, 5).value = '15.10.2023';
      ws.getCell(first + 1, 4).value = 'выполнено';
      ws.getCell(first + 1, 5).value = '15.10.2023';
    });
    const { issues } = await checkJson(path);
    expect(issues.filter((i) => i.code === 'evidence_no_number' || i.code === 'form_done_without_evidence')).toEqual(
      [],
    );
    const registry = tabs(await summarised(path), 'Реестр приказов');
    const links: string[] = [];
    registry.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v && typeof v === 'object' && 'hyperlink' in v) links.push(`${v.text} → ${v.hyperlink}`);
      }),
    );
    expect(links).toContain('https://school.example.ru/prikaz-12.pdf → https://school.example.ru/prikaz-12.pdf');
    expect(links).toContain('Приказ о профпробах → https://school.example.ru/proby.pdf');
  }, 60_000);

  it('names a formula saved without its value, never an empty required field', async () => {
    const path = await book((ws) => {
      ws.getCell(rowOf(ws, 'Должность'), 2).value = { formula: 'Лист2!B5' } as ExcelJS.CellFormulaValue;
    });
    const { issues } = await checkJson(path);
    expect(issues.map((i) => i.code)).toEqual(['formula_without_value']);
    expect(issues[0]?.message).toContain('В ячейке формула «=Лист2!B5», но её значение в файле не сохранено');
  }, 60_000);

  it('reads the dates of a 1904-date workbook right', async () => {
    const path = await book((ws, wb) => {
      wb.properties.date1904 = true;
      // 31.10.2023 as a 1904 workbook counts it (45230 − 1462), typed in a cell without a date format.
      const cell = ws.getCell(rowOf(ws, 'Дата приказа'), 2);
      cell.value = 43768;
      cell.numFmt = 'General';
    });
    expect((await checkJson(path)).issues).toEqual([]);
    const responsible = texts((await summarised(path)).get('Ответственные'));
    expect(responsible).toContain('№ 01-05/123 от 31.10.2023');
  }, 60_000);

  it('names the thresholds in force: «КПК не менее 72 ч» when the committee sets 72', async () => {
    const path = await book((_ws, wb) => {
      const settings = wb.getWorksheet('Настройки');
      if (!settings) throw new Error('no settings');
      settings.getCell(rowOf(settings, 'Часов КПК ответственного'), 2).value = 72;
    });
    const tabs = await summarised(path);
    const seen = [...tabs.entries()].filter(([name]) => name !== 'Настройки').flatMap(([, ws]) => texts(ws));
    expect(seen).toContain('Есть педагог с КПК не менее 72 ч (основной и продвинутый уровни)');
    expect(seen).toContain('КПК не менее 72 ч');
    expect(seen.filter((text) => /\b36 ч\b/.test(text))).toEqual([]);
    // The HTML report beside the copy names it too.
    const html = await readFile(path.replace(/\.xlsx$/, '-copy.html'), 'utf8');
    expect(html).toContain('Есть педагог с КПК не менее 72 ч (основной и продвинутый уровни)');
    expect(html).not.toMatch(/\b36 ч\b/);
  }, 60_000);

  it("numbers each organisation's recommendations 1 to 7 under a header that promises at most 7", async () => {
    const path = await book((ws) => {
      ws.getCell(rowOf(ws, 'Телефон'), 2).value = '1234';
    });
    const ws = tabs(await summarised(path), 'Рекомендации');
    const header = ws.getRow(3).values as unknown[];
    expect(header).toContain('№');
    expect(header).not.toContain('Приоритет');
    const places: number[] = [];
    ws.eachRow((row, n) => {
      if (n > 3 && typeof row.getCell(4).value === 'number') places.push(row.getCell(4).value as number);
    });
    expect(places).toEqual(places.map((_, i) => i + 1));
    expect(Math.max(...places)).toBeLessThanOrEqual(7);
    // One error: «1 ошибка: исправьте её», never «1 ошибка: исправьте их».
    expect(texts(ws).join('\n')).toContain('В отчёте 1 ошибка: исправьте её');
    const { issues } = await checkJson(path);
    expect(issues[0]?.message).toContain('«1234» 4 цифры');
  }, 60_000);
});

function tabs(all: Map<string, ExcelJS.Worksheet>, name: string): ExcelJS.Worksheet {
  const ws = all.get(name);
  if (!ws) throw new Error(`нет листа ${name}`);
  return ws;
}
