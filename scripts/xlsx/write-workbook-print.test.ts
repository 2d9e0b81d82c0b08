import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instructionSheet } from '../../core/form/instruction-sheet';
import { renderOrgTab } from '../../core/form/render-org-tab';
import { smallCity } from '../../test/fixtures/small-city-report';
import { buildOutputs } from '../../core/outputs/build-outputs';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { withSummaryPictures } from '../../core/report/summary-pictures';
import { builtinRoadmap } from '../../core/roadmap/builtin-roadmap';
import { linePoints } from './print-layout';
import { writeWorkbookFile } from './write-workbook-file';

let dir: string;
let book: ExcelJS.Workbook;
let zip: JSZip;

const report = smallCity();
const outputs = buildOutputs(report, {
  generatedAt: { date: '2024-02-01', time: '10:15' },
  history: [],
  shell: 'cli',
  kind: 'build',
  charts: 'none',
});
const named = (name: string) => outputs.sheets.find((s) => s.name === name) as OutputSheet;
const summary = withSummaryPictures(named('Сводка'), outputs.json);
const school = report.orgs.find((o) => o.org.type === 'ООО')?.org;
if (!school) throw new Error('fixture');
// The built-in roadmap: its long item titles wrap.
const form = renderOrgTab(school, builtinRoadmap(), report.settings);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-print-'));
  const path = join(dir, 'book.xlsx');
  // Given organisations first: the writer puts the committee and output tabs before them.
  const written = await writeWorkbookFile(path, [form, summary, named('Реестр уровней'), instructionSheet()]);
  expect(written).toEqual({ ok: true });
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  zip = await JSZip.loadAsync(await readFile(path));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const tab = (name: string) => book.getWorksheet(name) as ExcelJS.Worksheet;

describe('every tab writeWorkbookFile writes prints (design §9)', () => {
  it('on A4, fit to the page’s width and as many pages down as it takes', () => {
    for (const ws of book.worksheets.filter((w) => w.state === 'visible')) {
      expect(ws.pageSetup, ws.name).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      // The tab's name and its page; no total, which would count the whole book's pages.
      expect(ws.headerFooter.oddFooter, ws.name).toBe('&L&8&A&R&8Страница &P');
      expect(ws.pageSetup.firstPageNumber, ws.name).toBe(1);
    }
  });

  it('in landscape when the tab is wide, and as the tab asks', () => {
    expect(tab('Реестр уровней').pageSetup.orientation).toBe('landscape');
    expect(tab(school.code).pageSetup.orientation).toBe('landscape');
    expect(tab('Сводка').pageSetup.orientation).toBe('landscape');
  });

  it('repeats the header rows on every page', () => {
    // Реестр уровней: the stamp, the totals line and the header are frozen, and repeated.
    expect(tab('Реестр уровней').pageSetup.printTitlesRow).toBe('1:2');
    expect(tab(school.code).pageSetup.printTitlesRow).toBe('1:2');
    expect(tab('Сводка').pageSetup.printTitlesRow).toBe('1:1');
  });

  it('makes rows as high as their wrapped text, in Arial 10', () => {
    const ws = tab('Инструкция');
    const heights: number[] = [];
    ws.eachRow((row) => {
      if (row.height) heights.push(row.height);
    });
    expect(Math.max(...heights)).toBeGreaterThanOrEqual(2 * linePoints);
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Arial', size: 10, bold: true });
    expect(ws.properties.defaultRowHeight).toBe(linePoints);
    const form = tab(school.code);
    const itemRow = form.getColumn(2).values.findIndex((v) => typeof v === 'string' && v.length > 80);
    expect(form.getRow(itemRow).height).toBeGreaterThanOrEqual(2 * linePoints);
  });

  it('widens the form’s label column to its longest label', () => {
    const label = 'Обучающихся в губернаторских инженерных классах';
    const width = tab(school.code).getColumn(1).width ?? 0;
    // Column widths are in characters of about 7 px.
    expect(width * 7).toBeGreaterThan(label.length * 7);
  });

  it('carries the three charts of Сводка as PNG pictures under its tables, on a page of their own', async () => {
    const ws = tab('Сводка');
    const images = ws.getImages();
    expect(images).toHaveLength(3);
    const lastRow = summary.rows.length;
    for (const image of images) {
      expect(image.range.tl.nativeRow).toBeGreaterThanOrEqual(lastRow);
      const bytes = book.getImage(Number(image.imageId)).buffer as unknown as Buffer;
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    }
    const values = ws
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string');
    expect(values).not.toContain('Данные диаграмм');
    // exceljs does not read page breaks back: the sheet's XML has them (`brk id` = the row before the break).
    const xml = await zip.file(`xl/worksheets/sheet${ws.id}.xml`)?.async('string');
    const breaks = [...(xml ?? '').matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    const districts = summary.rows.findIndex((r) => r[0] === 'По районам');
    expect(breaks).toEqual([districts, lastRow]);
  });

  it('boxes the form’s tables and value cells with thin borders, so an empty table prints as a table', () => {
    // As found: no input cell had a border; sections 4–7 printed as blank space.
    const ws = tab(school.code);
    const rowOf = (text: string) => form.rows.findIndex((r) => r[0] === text) + 1;
    const thin = (cell: ExcelJS.Cell) => cell.border?.top?.style === 'thin' && cell.border?.bottom?.style === 'thin';
    const events = rowOf('5. Участие в мероприятиях');
    for (const column of [1, 3, 6]) {
      expect(thin(ws.getRow(events + 1).getCell(column)), `header ${column}`).toBe(true);
      expect(thin(ws.getRow(events + 2).getCell(column)), `first row ${column}`).toBe(true);
    }
    expect(thin(ws.getRow(rowOf('Телефон')).getCell(2))).toBe(true);
    expect(thin(ws.getRow(rowOf('Телефон')).getCell(1))).toBe(false);
    expect(thin(ws.getRow(events).getCell(1))).toBe(false);
    // Output tabs are not forms: no boxes.
    expect(thin(tab('Реестр уровней').getRow(3).getCell(1))).toBe(false);
  });

  it('puts the committee and output tabs before the organisations', () => {
    // The hidden lists tab of the form's dropdowns goes last.
    expect(book.worksheets.map((ws) => ws.name)).toEqual([
      'Инструкция',
      'Сводка',
      'Реестр уровней',
      school.code,
      'Списки',
    ]);
  });
});
