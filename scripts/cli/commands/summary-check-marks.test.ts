import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SheetData } from '../../../core/grid/sheet-data';
import type { OutputSheet, OutValue } from '../../../core/grid/output-sheet';
import { runCommand } from '../../../test/cli/run-command';
import { smallCity } from '../../../test/fixtures/small-city';
import { fillColours } from '../../xlsx/palette';
import { writeWorkbookFile } from '../../xlsx/write-workbook-file';
import { summaryCommand } from './summary';

let dir = '';
let out: ExcelJS.Workbook;

function asOutput(sheet: SheetData): OutputSheet {
  const rows = sheet.values.map((row) =>
    row.map((cell): OutValue => {
      if (cell instanceof Date) return { kind: 'date', date: cell.toISOString().slice(0, 10) };
      return cell === undefined ? null : (cell as OutValue);
    }),
  );
  return { name: sheet.name, rows, format: {} };
}

/** Every note of a tab, by A1-style `row,column` (1-based). */
function notes(name: string): Map<string, string> {
  const ws = out.getWorksheet(name);
  if (!ws) throw new Error(`no tab ${name}`);
  const found = new Map<string, string>();
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      const note = cell.note;
      if (note === undefined) return;
      const text = typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
      found.set(`${r},${c}`, text);
    });
  });
  return found;
}

function a2(name: string): unknown {
  return out.getWorksheet(name)?.getCell('A2').value;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-check-marks-'));
  const book = join(dir, 'book.xlsx');
  const written = await writeWorkbookFile(book, smallCity().workbook.reports.map(asOutput));
  if (!written.ok) throw new Error(written.message);
  const target = join(dir, 'out.xlsx');
  const run = await runCommand(summaryCommand, [book, '--out', target]);
  if (run.code !== 0) throw new Error(run.stderr);
  out = new ExcelJS.Workbook();
  await out.xlsx.readFile(target);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('summaryCommand › check marks on the organisation tabs', () => {
  it('writes the check-result line and a note with a red fill at the planted error', () => {
    expect(a2('SCH003')).toMatch(/^Проверено 01\.02\.2024 \d\d:\d\d: 1 ошибка, \d+ предупрежден/);
    const marks = notes('SCH003');
    const note = marks.get('23,2') ?? '';
    expect(note).toBe(
      'Профкарта: Ошибка: Охвачено 1\u00a0300, а обучающихся 6–9 классов всего 1\u00a0234: охват не может быть больше числа обучающихся.',
    );
    expect([...marks.values()].filter((n) => n.includes('Ошибка:'))).toEqual([note]);
    const fill = out.getWorksheet('SCH003')?.getCell('B23').fill;
    expect(fill && fill.type === 'pattern' && fill.fgColor?.argb).toBe(fillColours.problem);
  });

  it.each(['SCH001', 'DOU001'])('writes «0 ошибок» and no error note on the clean tab %s', (code) => {
    expect(a2(code)).toMatch(/^Проверено 01\.02\.2024 \d\d:\d\d: 0 ошибок, \d+ предупрежден/);
    expect([...notes(code).values()].some((n) => n.includes('Ошибка:'))).toBe(false);
  });

  it('says an untouched template is not filled in', () => {
    expect(a2('ODO001')).toMatch(
      /^Проверено 01\.02\.2024 \d\d:\d\d: 0 ошибок, \d+ предупрежден\S+ \(лист не заполнен\)$/,
    );
  });
});
