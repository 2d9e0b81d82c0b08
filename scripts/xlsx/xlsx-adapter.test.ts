import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SheetData } from '../../core/grid/sheet-data';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { readWorkbookFile } from './read-workbook-file';
import { writeWorkbookFile } from './write-workbook-file';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readBack(path: string): Promise<readonly SheetData[]> {
  const read = await readWorkbookFile(path);
  if (!read.ok) throw new Error(read.message);
  return read.workbook.committee;
}

const sheet: OutputSheet = {
  name: 'Проверка',
  rows: [
    ['Организация', 'Сообщение', 'Число', 'Дата', 'Ссылка', 'Да'],
    [
      'S108',
      '=IMPORTXML("https://example.ru","//a")',
      12.5,
      { kind: 'date', date: '2023-10-31' },
      { kind: 'link', url: 'https://example.ru/a', text: 'Открыть' },
      true,
    ],
    ['008', '+7 351', -3, { kind: 'datetime', date: '2024-02-01', time: '09:30' }, null, false],
  ],
  format: {
    frozenRows: 1,
    columnWidths: [100, 300],
    bold: [{ row: 0, column: 0, columns: 6 }],
    fills: [{ row: 1, column: 0, fill: 'red' }],
    text: [{ row: 1, column: 0, rows: 2 }],
    notes: [{ row: 1, column: 1, text: 'Примечание' }],
    merges: [{ row: 3, column: 0, columns: 2 }],
    dropdowns: [{ row: 1, column: 5, rows: 2, values: ['да', 'нет'] }],
  },
};

describe('writeWorkbookFile → readWorkbookFile', () => {
  it('reads back the values it wrote, as Sheets would show them', async () => {
    const path = join(dir, 'round.xlsx');
    expect(await writeWorkbookFile(path, [sheet])).toEqual({ ok: true });
    const read = await readWorkbookFile(path);
    expect(read).toMatchObject({ ok: true, hasDrawings: false });
    if (!read.ok) return;
    expect(read.workbook.timeZone).toBe('UTC');
    expect(read.workbook.reports).toBe(read.workbook.committee);
    const [tab] = read.workbook.committee;
    expect(tab?.name).toBe('Проверка');
    expect(tab?.values).toEqual([
      ['Организация', 'Сообщение', 'Число', 'Дата', 'Ссылка', 'Да'],
      ['S108', '=IMPORTXML("https://example.ru","//a")', 12.5, new Date('2023-10-31T00:00:00Z'), 'Открыть', true],
      ['008', '+7 351', -3, new Date('2024-02-01T09:30:00Z'), null, false],
      [null, null],
    ]);
    expect(tab?.links?.[1]?.[4]).toBe('https://example.ru/a');
  });

  it('keeps a string starting with = as text, never a formula', async () => {
    const path = join(dir, 'formula-text.xlsx');
    await writeWorkbookFile(path, [sheet]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const cell = wb.getWorksheet('Проверка')?.getCell('B2');
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe('=IMPORTXML("https://example.ru","//a")');
  });

  it('applies the format: text, date format, fill, bold, note, merge, freeze, dropdown', async () => {
    const path = join(dir, 'format.xlsx');
    await writeWorkbookFile(path, [sheet]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('Проверка');
    expect(ws?.getCell('A2').numFmt).toBe('@');
    expect(ws?.getCell('D2').numFmt).toBe('dd.mm.yyyy');
    expect(ws?.getCell('A1').font?.bold).toBe(true);
    expect(ws?.getCell('A2').fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFF4C7C3' } });
    expect(ws?.getCell('B2').note).toBeTruthy();
    expect(ws?.getCell('B4').isMerged).toBe(true);
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws?.getCell('F3').dataValidation).toMatchObject({ type: 'list', formulae: ['"да,нет"'] });
    expect(ws?.getColumn(2).width).toBeGreaterThan(40);
  });

  it('puts long dropdown lists in the hidden lists tab', async () => {
    const values = Array.from({ length: 40 }, (_, i) => `5.2.6.${i} «Мероприятие номер ${i}»`);
    const path = join(dir, 'lists.xlsx');
    await writeWorkbookFile(path, [
      { name: 'Форма', rows: [['x']], format: { dropdowns: [{ row: 0, column: 1, values }] } },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.getWorksheet('Форма')?.getCell('B1').dataValidation?.formulae).toEqual(["'Списки'!$A$1:$A$40"]);
    const lists = wb.getWorksheet('Списки');
    expect(lists?.state).toBe('hidden');
    expect(lists?.getCell('A40').value).toBe(values[39]);
  });

  it('protects a tab with editable ranges unlocked and hides tabs and columns', async () => {
    const path = join(dir, 'protect.xlsx');
    const out: OutputSheet = {
      name: 'S1',
      rows: [
        ['Код', 'S1'],
        ['ФИО', ''],
      ],
      format: { editable: [{ row: 1, column: 1 }], hiddenColumns: [3] },
    };
    await writeWorkbookFile(path, [out, { name: 'Состояние', rows: [['Код']], format: { hidden: true } }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('S1');
    expect(ws?.getCell('B2').protection?.locked).toBe(false);
    expect(ws?.getCell('B1').protection?.locked).not.toBe(false);
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(ws?.getColumn(4).hidden).toBe(true);
    expect(wb.getWorksheet('Состояние')?.state).toBe('hidden');
  });

  it('cuts text to the 32,767 characters of a cell', async () => {
    const path = join(dir, 'long.xlsx');
    await writeWorkbookFile(path, [{ name: 'Длинный', rows: [['я'.repeat(40_000)]], format: {} }]);
    const [tab] = await readBack(path);
    expect(String(tab?.values[0]?.[0]).length).toBe(32_767);
  });

  it('replaces tabs of a base file in place and keeps the others', async () => {
    const base = join(dir, 'base.xlsx');
    await writeWorkbookFile(base, [
      { name: 'Настройки', rows: [['Учебный год', '2023/2024']], format: {} },
      { name: 'Проверка', rows: [['старое']], format: { merges: [{ row: 0, column: 0, columns: 3 }] } },
      { name: 'S1', rows: [['форма']], format: {} },
    ]);
    const out = join(dir, 'out.xlsx');
    expect(await writeWorkbookFile(out, [{ name: 'Проверка', rows: [['новое']], format: {} }], { base })).toEqual({
      ok: true,
    });
    const tabs = await readBack(out);
    expect(tabs.map((t) => [t.name, t.values[0]?.[0]])).toEqual([
      ['Настройки', 'Учебный год'],
      ['Проверка', 'новое'],
      ['S1', 'форма'],
    ]);
  });

  it('gives a Russian message when the base cannot be read or the target cannot be written', async () => {
    const missing = await writeWorkbookFile(join(dir, 'x.xlsx'), [], { base: join(dir, 'nope.xlsx') });
    expect(missing).toMatchObject({ ok: false, message: expect.stringMatching(/Не удалось прочитать/) });
    const unwritable = await writeWorkbookFile(join(dir, 'no-such-dir', 'x.xlsx'), [sheet]);
    expect(unwritable).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Нет такого файла или папки: «.*x\.xlsx»/),
    });
  });
});

describe('readWorkbookFile', () => {
  it('reads cells exceljs gives as objects as Sheets would show them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S1');
    ws.getCell('A1').value = { formula: 'B1*2', result: 42 };
    ws.getCell('B1').value = 21;
    ws.getCell('A2').value = { richText: [{ text: 'Иванова ' }, { text: 'Анна', font: { bold: true } }] };
    ws.getCell('A3').value = { text: 'Приказ № 5', hyperlink: 'https://example.ru/prikaz' };
    ws.getCell('A4').value = { error: '#N/A' };
    ws.getCell('A5').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('A6').value = new Date(Date.UTC(2023, 9, 31));
    ws.getCell('A7').value = { formula: 'TODAY()' };
    ws.getCell('A8').value = 'вверху';
    ws.mergeCells('A8:B9');
    ws.getCell('C10').value = { sharedFormula: 'A1', result: 7 } as unknown as ExcelJS.CellValue;
    ws.getCell('A10').value = {
      formula: 'B10+1',
      result: 6,
      shareType: 'shared',
      ref: 'A10:A11',
    } as unknown as ExcelJS.CellValue;
    ws.getCell('A11').value = { sharedFormula: 'A10', result: 8 } as unknown as ExcelJS.CellValue;
    const path = join(dir, 'objects.xlsx');
    await wb.xlsx.writeFile(path);
    const [tab] = await readBack(path);
    expect(tab?.values).toEqual([
      [42, 21],
      ['Иванова Анна'],
      ['Приказ № 5'],
      ['#N/A'],
      ['#DIV/0!'],
      [new Date('2023-10-31T00:00:00Z')],
      [{ formula: 'TODAY()' }],
      ['вверху', null],
      [null, null],
      [6, null, 7],
      [8],
    ]);
    expect(tab?.links?.[2]?.[0]).toBe('https://example.ru/prikaz');
  });

  it.each([
    ['a missing file', 'missing.xlsx', null, /не найден/],
    ['a text file', 'notes.xlsx', 'просто текст', /не книга Excel/],
    ['a broken zip', 'broken.xlsx', 'PK\u0003\u0004мусор', /повреждён или не является книгой \.xlsx/],
    [
      'an old .xls or a password-protected book',
      'old.xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      /\.xls или защищена паролем/,
    ],
  ])('gives a one-line Russian message for %s', async (_what, name, content, message) => {
    const path = join(dir, name);
    if (content !== null) await writeFile(path, content);
    const read = await readWorkbookFile(path);
    expect(read).toMatchObject({ ok: false, message: expect.stringMatching(message) });
    if (!read.ok) expect(read.message).not.toMatch(/\n/);
  });

  it('refuses a folder', async () => {
    expect(await readWorkbookFile(dir)).toMatchObject({ ok: false, message: expect.stringMatching(/папка/) });
  });

  it('tells when the file has charts, which a rewrite drops, and keeps pictures through one', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Заметки');
    // A 1×1 PNG.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    const image = wb.addImage({ buffer: png, extension: 'png' } as unknown as ExcelJS.Image);
    ws.addImage(image, 'B2:C3');
    const path = join(dir, 'drawing.xlsx');
    await wb.xlsx.writeFile(path);
    expect(await readWorkbookFile(path)).toMatchObject({ ok: true, hasDrawings: false });
    const copy = join(dir, 'drawing-copy.xlsx');
    expect(await writeWorkbookFile(copy, [{ name: 'Сводка', rows: [['новое']], format: {} }], { base: path })).toEqual({
      ok: true,
    });
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(copy);
    expect(back.getWorksheet('Заметки')?.getImages()).toHaveLength(1);

    const zip = await JSZip.loadAsync(await readFile(path));
    zip.file(
      'xl/charts/chart1.xml',
      '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
    );
    const withChart = join(dir, 'chart.xlsx');
    await writeFile(withChart, await zip.generateAsync({ type: 'nodebuffer' }));
    expect(await readWorkbookFile(withChart)).toMatchObject({ ok: true, hasDrawings: true });
  });
});

describe('the hidden lists tab of a base file', () => {
  it('is kept, its lists reused and new lists added beside them', async () => {
    const dir2 = await mkdtemp(join(tmpdir(), 'profkarta-lists-'));
    const long = (prefix: string) => Array.from({ length: 30 }, (_, i) => `${prefix} ${i} «длинное название пункта»`);
    const base = join(dir2, 'base.xlsx');
    const withList = (name: string, values: string[]): OutputSheet => ({
      name,
      rows: [['x']],
      format: { dropdowns: [{ row: 0, column: 0, values }] },
    });
    await writeWorkbookFile(base, [withList('S1', long('a'))]);
    const out = join(dir2, 'out.xlsx');
    await writeWorkbookFile(out, [withList('S2', long('a')), withList('S3', long('b'))], { base });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('S1')?.getCell('A1').dataValidation?.formulae).toEqual(["'Списки'!$A$1:$A$30"]);
    expect(wb.getWorksheet('S2')?.getCell('A1').dataValidation?.formulae).toEqual(["'Списки'!$A$1:$A$30"]);
    expect(wb.getWorksheet('S3')?.getCell('A1').dataValidation?.formulae).toEqual(["'Списки'!$B$1:$B$30"]);
    expect(wb.getWorksheet('Списки')?.getCell('A30').value).toBe(long('a')[29]);
    await rm(dir2, { recursive: true, force: true });
  });
});
