import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check/check-workbook';
import { orgCheckLine } from '../../core/check/org-check-line';
import { cellMarks } from '../../core/form/cell-marks';
import type { OutputSheet, OutValue } from '../../core/grid/output-sheet';
import { historySheet } from '../../core/history/history-sheet';
import { journalSheet } from '../../core/history/journal';
import { buildOutputs } from '../../core/outputs/build-outputs';
import { summaryHtml } from '../../core/report/summary-html';
import { demoCommand } from '../../scripts/cli/commands/demo';
import { summaryCommand } from '../../scripts/cli/commands/summary';
import { demoOptions, generateCity } from '../../scripts/demo/generate-city';
import { machineWords } from '../helpers/machine-words';
import { runCommand } from './run-command';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-words-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What each visible cell, note and line shows, with where, and how much was read. */
interface Scan {
  tabs: number;
  cells: number;
  found: string[];
}

function look(scan: Scan, where: string, text: string): void {
  scan.cells += 1;
  for (const word of machineWords(text)) scan.found.push(`${where}: ${word} in «${text.slice(0, 80)}»`);
}

function cellText(value: ExcelJS.CellValue): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (value && typeof value === 'object' && 'text' in value) return String(value.text);
  if (value && typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  return '';
}

/** Every visible cell and note of every visible tab of an .xlsx. */
async function scanBook(path: string): Promise<Scan> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const scan: Scan = { tabs: 0, cells: 0, found: [] };
  for (const sheet of book.worksheets) {
    if (sheet.state !== 'visible') continue;
    scan.tabs += 1;
    sheet.eachRow({ includeEmpty: false }, (row, r) => {
      if (row.hidden) return;
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (sheet.getColumn(c).hidden) return;
        const note = cell.note;
        const noteText = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
        look(scan, `${sheet.name}!R${r}C${c}`, `${cellText(cell.value)} ${noteText}`);
      });
    });
  }
  return scan;
}

function outText(value: OutValue): string {
  if (value === null || typeof value !== 'object') return String(value ?? '');
  return value.kind === 'link' ? value.text : '';
}

/** Every visible cell and note of tabs the add-on writes. */
function scanSheets(sheets: readonly OutputSheet[], scan: Scan): void {
  for (const sheet of sheets) {
    if (sheet.format.hidden) continue;
    scan.tabs += 1;
    const hidden = new Set(sheet.format.hiddenColumns ?? []);
    sheet.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (!hidden.has(c)) look(scan, `${sheet.name}!R${r + 1}C${c + 1}`, outText(value));
      });
    });
    for (const note of sheet.format.notes ?? []) look(scan, `${sheet.name} note`, note.text);
  }
}

/** The words of an HTML page a person reads: no tags, no style. */
function pageText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&laquo;/g, '«')
    .replace(/&raquo;/g, '»')
    .replace(/&[a-z#0-9]+;/g, ' ');
}

describe('what people see carries no machine words', () => {
  it('in every visible cell of the demo book, the summary copy and the HTML reports', async () => {
    const demo = await runCommand(demoCommand, ['--out', dir]);
    expect(demo.code).toBe(0);
    const copy = join(dir, 'copy.xlsx');
    const summary = await runCommand(summaryCommand, [join(dir, 'demo.xlsx'), '--out', copy]);
    expect(summary.code).toBe(0);

    const scans = [await scanBook(join(dir, 'demo.xlsx')), await scanBook(copy)];
    const lines: Scan = { tabs: 0, cells: 0, found: [] };
    for (const [name, text] of [
      ['demo', demo.stdout],
      ['summary', summary.stdout],
      ['demo.html', pageText(await readFile(join(dir, 'summary.html'), 'utf8'))],
      ['copy.html', pageText(await readFile(join(dir, 'copy.html'), 'utf8'))],
    ] as const) {
      look(lines, name, text);
    }

    // Every output tab, organisation tab and every organisation's tab as the add-on writes them.
    const checked = checkWorkbook(generateCity(demoOptions).workbook, { today: demoOptions.asOf });
    if (!checked.ok) throw new Error('demo refused');
    const outputs = buildOutputs(checked.report, {
      generatedAt: { date: demoOptions.asOf, time: '08:00' },
      history: [],
      kind: 'build',
      shell: 'addon',
    });
    const addon: Scan = { tabs: 0, cells: 0, found: [] };
    scanSheets([...outputs.sheets, historySheet(outputs.historyAppend), journalSheet()], addon);
    for (const org of checked.report.orgs) {
      look(addon, `${org.tab} check line`, orgCheckLine(org, demoOptions.asOf, '08:00'));
      const own = checked.report.issues.filter((i) => i.org === org.org.code && i.tab === org.tab);
      for (const mark of cellMarks(own, 'addon')) look(addon, `${org.tab} note`, mark.note);
    }
    expect(
      look(
        addon,
        'summary.html (add-on)',
        pageText(
          summaryHtml(outputs.json, {
            generatedAt: { date: demoOptions.asOf, time: '08:00' },
            thresholds: checked.report.settings.thresholds,
          }),
        ),
      ),
    ).toBeUndefined();

    const all = [...scans, lines, addon];
    expect(all.flatMap((s) => s.found)).toEqual([]);
    // The scan read the whole book: every output tab and all 190 organisations' tabs, twice.
    expect(scans[0]?.tabs).toBeGreaterThan(190);
    expect(scans[0]?.cells).toBeGreaterThan(50_000);
    expect(addon.tabs).toBeGreaterThanOrEqual(outputs.sheets.length);
  }, 120_000);
});
