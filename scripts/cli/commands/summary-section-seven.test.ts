import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionsSection, recommendationCodeColumn } from '../../../core/form/form-spec';
import type { SheetData } from '../../../core/grid/sheet-data';
import type { OutputSheet, OutValue } from '../../../core/grid/output-sheet';
import type { Recommendation } from '../../../core/recommendations/recommendation';
import { sectionSevenLines } from '../../../core/recommendations/section-seven-lines';
import { runCommand } from '../../../test/cli/run-command';
import { editXlsx } from '../../../test/cli/type-into-xlsx';
import { smallCity } from '../../../test/fixtures/small-city';
import { readWorkbookFile } from '../../xlsx/read-workbook-file';
import { writeWorkbookFile } from '../../xlsx/write-workbook-file';
import { summaryCommand } from './summary';

const decision = 'Приказ № 12 от 05.02.2024: ошибки отчёта исправлены';
const document = 'https://example.org/prikaz-12.pdf';
let dir = '';
let book = '';

function asOutput(sheet: SheetData): OutputSheet {
  const rows = sheet.values.map((row) =>
    row.map((cell): OutValue => {
      if (cell instanceof Date) return { kind: 'date', date: cell.toISOString().slice(0, 10) };
      return cell === undefined ? null : (cell as OutValue);
    }),
  );
  return { name: sheet.name, rows, format: {} };
}

async function tab(path: string, name: string): Promise<SheetData> {
  const read = await readWorkbookFile(path);
  if (!read.ok) throw new Error(read.message);
  const sheet = read.workbook.committee.find((s) => s.name === name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet;
}

function titleRow(sheet: SheetData): number {
  return sheet.values.findIndex((row) => row[0] === decisionsSection.title);
}

/** Section 7's lines below its header, down to the first blank line: text, decision, document, code. */
function sectionSeven(sheet: SheetData): unknown[][] {
  const lines: unknown[][] = [];
  for (const row of sheet.values.slice(titleRow(sheet) + 2)) {
    if (!row[0]) break;
    lines.push([row[0], row[1] ?? null, row[2] ?? null, row[recommendationCodeColumn] ?? null]);
  }
  return lines;
}

/**
 * The non-blank rows above section 7 without trailing blanks, the check-result line left out: the
 * tables may get blank lines to fill in added below what was entered, so blank rows are not compared.
 */
function enteredAbove(sheet: SheetData): unknown[][] {
  return sheet.values
    .slice(0, titleRow(sheet))
    .filter((_, r) => r !== 1)
    .map((row) => {
      const cells = row.map((c) => (c === undefined || c === '' ? null : c));
      while (cells.length && cells[cells.length - 1] === null) cells.pop();
      return cells;
    })
    .filter((row) => row.length > 0);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-section-seven-'));
  book = join(dir, 'book.xlsx');
  const written = await writeWorkbookFile(book, smallCity().workbook.reports.map(asOutput));
  if (!written.ok) throw new Error(written.message);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('summaryCommand › section 7 of the organisation tabs', () => {
  it('writes each organisation’s recommendations, keeps a typed decision by code and every entered value', async () => {
    const first = join(dir, 'first.xlsx');
    const json = await runCommand(summaryCommand, [book, '--out', first, '--json']);
    expect(json.code).toBe(0);
    const recommendations = (JSON.parse(json.stdout).recommendations as Recommendation[]).filter(
      (r) => r.org === 'SCH003',
    );
    const expected = sectionSevenLines(recommendations);
    expect(expected.length).toBeGreaterThan(0);

    const before = await tab(book, 'SCH003');
    expect(sectionSeven(before)).toEqual([]);
    const once = await tab(first, 'SCH003');
    expect(sectionSeven(once)).toEqual(expected.map((l) => [l.message, null, null, l.key]));

    // The school records its decision on the first recommendation, then the committee builds again.
    const at = titleRow(once) + 2;
    await editXlsx(first, (wb) => {
      const row = wb.getWorksheet('SCH003')?.getRow(at + 1);
      if (!row) throw new Error('no SCH003');
      row.getCell(2).value = decision;
      row.getCell(3).value = document;
    });
    const second = join(dir, 'second.xlsx');
    const again = await runCommand(summaryCommand, [first, '--out', second]);
    expect(again.stderr).toBe('');
    const twice = await tab(second, 'SCH003');
    const lines = sectionSeven(twice);
    expect(lines.map((l) => l[3])).toEqual(expected.map((l) => l.key));
    expect(lines[0]).toEqual([expected[0]?.message, decision, document, expected[0]?.key]);
    expect(lines.slice(1).every((l) => l[1] === null && l[2] === null)).toBe(true);

    expect(enteredAbove(once)).toEqual(enteredAbove(before));
    expect(enteredAbove(twice)).toEqual(enteredAbove(before));
  });

  it('writes section 7 into every organisation tab present, and none for an organisation without one', async () => {
    const out = join(dir, 'all.xlsx');
    await runCommand(summaryCommand, [book, '--out', out]);
    const read = await readWorkbookFile(out);
    if (!read.ok) throw new Error(read.message);
    for (const code of ['SCH001', 'SCH002', 'SCH003', 'DOU001', 'ODO001']) {
      const sheet = read.workbook.committee.find((s) => s.name === code);
      expect(sheet && titleRow(sheet)).toBeGreaterThan(0);
    }
    const empty = read.workbook.committee.find((s) => s.name === 'ODO001');
    expect(empty && sectionSeven(empty).length).toBeGreaterThan(0);
    expect(read.workbook.committee.some((s) => s.name === 'SCH004')).toBe(false);
  });
});
