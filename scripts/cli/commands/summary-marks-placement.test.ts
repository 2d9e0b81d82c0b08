import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputSheet, OutValue } from '../../../core/grid/output-sheet';
import type { SheetData } from '../../../core/grid/sheet-data';
import { runCommand } from '../../../test/cli/run-command';
import { filledOrgSheet, type Grid, headerRowOf } from '../../../test/fixtures/filled-org-sheet';
import { findRow, insertRow } from '../../../test/fixtures/form-edits';
import { smallCity } from '../../../test/fixtures/small-city';
import { writeWorkbookFile } from '../../xlsx/write-workbook-file';
import { summaryCommand } from './summary';

/**
 * Issue 12, «the CLI's copy»: once a school had filled event rows, the copy put the error note and
 * fill on an empty row instead of the wrong value. The marks must stand on the cell the issue points
 * at in the tab as written.
 */

let dir = '';

function asOutput(sheet: SheetData): OutputSheet {
  const rows = sheet.values.map((row) =>
    row.map((cell): OutValue => {
      if (cell instanceof Date) return { kind: 'date', date: cell.toISOString().slice(0, 10) };
      return cell === undefined ? null : (cell as OutValue);
    }),
  );
  return { name: sheet.name, rows, format: {} };
}

/** SCH003 with three event rows (winners > participants in the third) and a training row with wrong hours. */
function sch003(): Grid {
  const city = smallCity();
  const org = city.orgs.find((o) => o.code === 'SCH003')!;
  return filledOrgSheet(org, city.roadmap, {
    settings: city.settings,
    events: [
      ['5.2.5.1 «День профессии»', '01.09.2023', '8-9', '25', '3', 'Приказ № 7 от 01.09.2023'],
      ['5.2.5.1 «День профессии»', '02.09.2023', '6-7', '40', '2', 'Приказ № 8 от 02.09.2023'],
      ['5.2.5.1 «День профессии»', '04.09.2023', '10-11', '12', '30', 'Приказ № 9 от 04.09.2023'],
    ],
    training: [['Петров Иван Сергеевич', 'Профориентация в школе', 'много', '15.05.2023', 'Удостоверение № 7423-1']],
  });
}

async function summarise(tab: Grid): Promise<ExcelJS.Worksheet> {
  const city = smallCity();
  const reports = city.workbook.reports.map((s) => (s.name === 'SCH003' ? tab : s));
  const book = join(dir, `book-${Math.random().toString(36).slice(2)}.xlsx`);
  const written = await writeWorkbookFile(book, reports.map(asOutput));
  if (!written.ok) throw new Error(written.message);
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}.xlsx`);
  const run = await runCommand(summaryCommand, [book, '--out', out]);
  if (run.code !== 0) throw new Error(run.stderr);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet('SCH003');
  if (!ws) throw new Error('no SCH003');
  return ws;
}

/** Every cell with a note: `A1 address → [value, note]`. */
function noted(ws: ExcelJS.Worksheet): Map<string, [unknown, string]> {
  const found = new Map<string, [unknown, string]>();
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      const note = cell.note;
      if (note === undefined) return;
      const text = typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
      found.set(cell.address, [cell.value, text]);
    });
  });
  return found;
}

/** The 1-based row of the first row whose column A reads `text`. */
function rowWith(ws: ExcelJS.Worksheet, text: string, from = 1): number {
  for (let r = from; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === text) return r;
  throw new Error(`no row «${text}»`);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-marks-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('summaryCommand › marks on the organisation tab as written', () => {
  it('puts the notes on the wrong values once event rows are filled, none on an empty row', async () => {
    const ws = await summarise(sch003());
    const notes = noted(ws);
    const training = rowWith(ws, 'Петров Иван Сергеевич');
    const event = rowWith(ws, '5.2.5.1 «День профессии»', rowWith(ws, '5. Участие в мероприятиях'));
    expect(notes.get(`C${training}`)?.[0]).toBe('много');
    expect(notes.get(`C${training}`)?.[1]).toContain('Ошибка:');
    expect(notes.get(`E${event + 2}`)?.[0]).toBe('30');
    expect(notes.get(`E${event + 2}`)?.[1]).toContain('Победителей');
    for (const [address, [value]] of notes) expect(value, `note on an empty cell ${address}`).not.toBeNull();
  });

  it('follows the values when writing the copy lays the tab out again (rows the school inserted)', async () => {
    const tab = sch003();
    // A blank row inside section 4 and a note between sections: the copy closes the gap and moves the note.
    insertRow(tab, headerRowOf(tab, '4. Исполнение дорожной карты') + 3);
    insertRow(tab, findRow(tab, '5. Участие в мероприятиях'), ['сверено с журналом']);
    const ws = await summarise(tab);
    const notes = noted(ws);
    const training = rowWith(ws, 'Петров Иван Сергеевич');
    expect(notes.get(`C${training}`)?.[0]).toBe('много');
    const event = rowWith(ws, '5.2.5.1 «День профессии»', rowWith(ws, '5. Участие в мероприятиях'));
    expect(notes.get(`E${event + 2}`)?.[0]).toBe('30');
    for (const [address, [value]] of notes) expect(value, `note on an empty cell ${address}`).not.toBeNull();
    const moved = rowWith(ws, 'Перенесённые значения');
    expect(ws.getRow(moved + 3).getCell(2).value).toBe('сверено с журналом');
  });
});
