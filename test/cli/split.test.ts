import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markerOf } from '../../core/form/read-marker';
import { fileRoundHeading } from '../../core/form/with-file-round';
import { committeeSheets } from '../../core/outputs/committee-tabs';
import { orgTemplate } from '../../core/form/render-org-tab';
import { collectCommand } from '../../scripts/cli/commands/collect';
import { schemaCommand } from '../../scripts/cli/commands/schema';
import { splitCommand } from '../../scripts/cli/commands/split';
import { libreOfficeFixture, resavedFixtureDir } from '../../scripts/fixtures/make-resaved-fixtures';
import { readWorkbookFile } from '../../scripts/xlsx/read-workbook-file';
import { writeWorkbookFile } from '../../scripts/xlsx/write-workbook-file';
import { roundContext, roundOrgs, writeRoundBook } from '../fixtures/round-book';
import { resaveAsXlsx, sofficePath } from '../print/libreoffice';
import { runCommand } from './run-command';
import { fillReturnedFile, schoolOverrides, typeIntoBook } from './school-files';

const orgs = roundOrgs(12);
let dir = '';
let book = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-split-'));
  book = join(dir, 'книга.xlsx');
  await writeRoundBook(book, orgs);
  // Every tab filled, so each file carries values that must not leak into another's.
  await typeIntoBook(
    book,
    orgs.map((org) => ({ org, overrides: schoolOverrides(org, {}) })),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every cell of every tab of a workbook (hidden ones too), as text, with its tab names. */
async function everything(path: string): Promise<{ tabs: string[]; text: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const cells: string[] = [];
  for (const ws of wb.worksheets) {
    cells.push(ws.name);
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        cells.push(cell.text);
        if (cell.note) cells.push(typeof cell.note === 'string' ? cell.note : JSON.stringify(cell.note));
      }),
    );
  }
  return { tabs: wb.worksheets.map((w) => w.name), text: cells.join('\n') };
}

describe('split', () => {
  it('writes one file per active organisation holding its own form only, no other organisation and no contact', async () => {
    const out = join(dir, 'все');
    const r = await runCommand(splitCommand, [book, '--out', out]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('Записано файлов организаций: 12');
    const names = (await readdir(out)).sort();
    expect(names).toEqual(orgs.map((o) => `${o.code} — ${o.name}.xlsx`).sort());
    for (const org of orgs) {
      const { tabs, text } = await everything(join(out, `${org.code} — ${org.name}.xlsx`));
      // `Списки` holds long dropdown lists (the roadmap's events), when the form has one.
      expect(tabs.filter((t) => t !== 'Списки').sort()).toEqual(['Инструкция', 'Профкарта', org.code].sort());
      expect(text).toContain(org.name);
      for (const other of orgs) {
        for (const email of other.emails) expect(text).not.toContain(email);
        if (other === org) continue;
        expect(text).not.toMatch(new RegExp(`(?<![A-Za-z0-9])${other.code}(?![0-9])`));
        expect(text).not.toContain(other.name);
        expect(text).not.toContain(other.inn);
      }
    }
  });

  it("gives the form the template's dropdowns, text formats and print set-up, the values, the check and the marker", async () => {
    const out = join(dir, 'один');
    expect((await runCommand(splitCommand, [book, '--out', out, '--only', 'sch001'])).code).toBe(0);
    const [name] = await readdir(out);
    const path = join(out, name!);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('SCH001')!;
    const rowOf = (label: string) => {
      for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === label) return r;
      throw new Error(label);
    };
    expect(ws.getCell(rowOf('Уровень профминимума'), 2).dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell(rowOf('Телефон'), 2).numFmt).toBe('@');
    expect(ws.getCell(rowOf('ФИО'), 2).value).toBe('Иванова Анна Петровна');
    expect(String(ws.getCell(2, 1).value)).toMatch(/^Проверено 01\.02\.2024 14:00: 0 ошибок/);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1 });
    const template = orgTemplate(orgs[0]!, roundContext().roadmap, roundContext().settings);
    const titleRow = (title: string) => template.rows.findIndex((row) => row[0] === title) + 1;
    for (const title of ['2. Ответственный за профориентацию', '4. Исполнение дорожной карты']) {
      expect(rowOf(title)).toBe(titleRow(title));
    }
    const marker = wb.getWorksheet('Профкарта')!;
    expect(marker.state).toBe('veryHidden');
    expect((marker as unknown as { sheetProtection: unknown }).sheetProtection).toBeTruthy();
    const read = await readWorkbookFile(path);
    if (!read.ok) throw new Error(read.message);
    expect(markerOf(read.workbook.reports)).toMatchObject({
      book: 'round-fixture-book-2023',
      code: 'SCH001',
      formVersion: 1,
      schoolYear: '2023/2024',
      sentOn: '2024-02-01',
    });
    const instruction = wb.getWorksheet('Инструкция')!;
    const texts: unknown[] = [];
    instruction.eachRow((row) => texts.push(row.getCell(1).value));
    expect(texts).toContain(fileRoundHeading);
  });

  it('lists each file with its addresses for a mail merge', async () => {
    const out = join(dir, 'рассылка');
    const csv = join(dir, 'рассылка.csv');
    const r = await runCommand(splitCommand, [book, '--out', out, '--only', 'SCH001,DOU005', '--mail-merge', csv]);
    expect(r.code).toBe(0);
    const lines = (await readFile(csv, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toEqual([
      'Код;Наименование;Адреса;Файл',
      `SCH001;${orgs[0]!.name};sch001@example.ru;${join(out, `SCH001 — ${orgs[0]!.name}.xlsx`)}`,
      `DOU005;${orgs[4]!.name};dou005@example.ru;${join(out, `DOU005 — ${orgs[4]!.name}.xlsx`)}`,
    ]);
  });

  it('refuses an unknown code in --only, and existing files without --force', async () => {
    const out = join(dir, 'повтор');
    const unknown = await runCommand(splitCommand, [book, '--out', out, '--only', 'SCH001,NOPE']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('«NOPE»');
    expect((await runCommand(splitCommand, [book, '--out', out, '--only', 'SCH001'])).code).toBe(0);
    const again = await runCommand(splitCommand, [book, '--out', out, '--only', 'SCH001']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect((await runCommand(splitCommand, [book, '--out', out, '--only', 'SCH001', '--force'])).code).toBe(0);
  });

  it("never writes over the book, even when it lies in the folder under a file's name", async () => {
    const out = join(dir, 'с-книгой');
    await mkdir(out);
    const inside = join(out, `SCH001 — ${orgs[0]!.name}.xlsx`);
    await copyFile(book, inside);
    const before = await readFile(inside);
    const r = await runCommand(splitCommand, [inside, '--out', out, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('входной файл');
    expect(await readFile(inside)).toEqual(before);
  });

  it('says that --out is a file, not a folder, when it names the book itself', async () => {
    const before = await readFile(book);
    const r = await runCommand(splitCommand, [book, '--out', book, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('— это файл, а нужна папка');
    expect(r.stderr).not.toContain('Не удалось прочитать');
    expect(await readFile(book)).toEqual(before);
  });

  it('refuses a file it sent in place of the book', async () => {
    const out = join(dir, 'файл-вместо-книги');
    await runCommand(splitCommand, [book, '--out', out, '--only', 'SCH002']);
    const [name] = await readdir(out);
    const r = await runCommand(splitCommand, [join(out, name!), '--out', join(dir, 'x')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('файл организации SCH002');
  });

  it('asks for --book-out for a book without an identity, and the files go back into that copy', async () => {
    const { settings, roadmap } = roundContext();
    const old = join(dir, 'старая.xlsx');
    const sheets = [
      ...committeeSheets({ settings, orgs, roadmap, states: [] }),
      ...orgs.map((o) => orgTemplate(o, roadmap, settings)),
    ];
    expect((await writeWorkbookFile(old, sheets)).ok).toBe(true);
    const out = join(dir, 'из-старой');
    const refused = await runCommand(splitCommand, [old, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--book-out');
    await expect(stat(out)).rejects.toThrow();
    const copy = join(dir, 'старая-с-идентификатором.xlsx');
    expect((await runCommand(splitCommand, [old, '--out', out, '--only', 'SCH003', '--book-out', copy])).code).toBe(0);
    const [name] = await readdir(out);
    const file = join(out, name!);
    await fillReturnedFile(file, orgs[2]!, { saved: new Date('2024-02-03T10:00:00Z') });
    const intoCopy = await runCommand(collectCommand, [
      copy,
      file,
      '--out',
      join(dir, 'старая-собрано.xlsx'),
      '--json',
    ]);
    expect(JSON.parse(intoCopy.stdout).files).toMatchObject([{ org: 'SCH003', status: 'accepted' }]);
    const intoOld = await runCommand(collectCommand, [old, file, '--out', join(dir, 'старая-мимо.xlsx'), '--json']);
    expect(JSON.parse(intoOld.stdout).files).toMatchObject([{ status: 'rejected', reason: { code: 'other_book' } }]);
  });
});

describe('split, as a new user tried it', () => {
  const few = roundOrgs(3).map((o) =>
    o.code === 'SCH002' ? { ...o, active: false } : o.code === 'SCH003' ? { ...o, emails: [] } : o,
  );
  let small = '';
  beforeAll(async () => {
    small = join(dir, 'три.xlsx');
    await writeRoundBook(small, few);
  });

  it('lets a school insert rows into its form, as Инструкция says, and nothing into the marker', async () => {
    const out = join(dir, 'вставка-строк');
    expect((await runCommand(splitCommand, [small, '--out', out, '--only', 'SCH001'])).code).toBe(0);
    const [name] = await readdir(out);
    const zip = await JSZip.loadAsync(await readFile(join(out, name!)));
    const protections: string[] = [];
    for (const file of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const tag = /<sheetProtection [^>]*>/.exec(await zip.file(file)!.async('string'))?.[0];
      if (tag) protections.push(tag);
    }
    // The form alone lets rows be inserted (insertRows="0" lifts the ban); deleting stays banned.
    expect(protections.filter((t) => t.includes('insertRows="0"'))).toHaveLength(1);
    expect(protections.every((t) => !t.includes('deleteRows="0"'))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, name!));
    const form = wb.getWorksheet('SCH001') as unknown as { sheetProtection: Record<string, unknown> };
    expect(form.sheetProtection).toMatchObject({ sheet: true, insertRows: true });
    const marker = wb.getWorksheet('Профкарта') as unknown as { sheetProtection: Record<string, unknown> };
    expect(marker.sheetProtection.insertRows).toBeUndefined();
  });

  it('says «её файл» of one organisation without an address', async () => {
    const r = await runCommand(splitCommand, [
      small,
      '--out',
      join(dir, 'адреса'),
      '--mail-merge',
      join(dir, 'адреса.csv'),
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'Внимание: в «Организации» нет адреса у 1 организации из 2: SCH003 — её файл отправьте сами.\n',
    );
  });

  it('names an unknown code and an inactive organisation in --only apart, each in its number', async () => {
    const one = await runCommand(splitCommand, [small, '--out', join(dir, 'только'), '--only', 'XXX,SCH002']);
    expect(one.code).toBe(2);
    expect(one.stderr).toBe(
      'В справочнике «Организации» нет организации с кодом «XXX»; организация SCH002 не действует (в «Организации» Действует = нет): проверьте --only.\n',
    );
    const two = await runCommand(splitCommand, [small, '--out', join(dir, 'только'), '--only', 'XXX,YYY']);
    expect(two.stderr).toBe('В справочнике «Организации» нет организаций с кодами «XXX», «YYY»: проверьте --only.\n');
  });
});

describe('the marker through LibreOffice Calc', () => {
  it('survives in the committed re-saved file: hidden, protected, with its code and book', async () => {
    const path = join(resavedFixtureDir, libreOfficeFixture.file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const marker = wb.getWorksheet('Профкарта')!;
    // LibreOffice has no «very hidden»: the tab comes back hidden.
    expect(marker.state).toBe('hidden');
    expect((marker as unknown as { sheetProtection: unknown }).sheetProtection).toBeTruthy();
    const read = await readWorkbookFile(path);
    if (!read.ok) throw new Error(read.message);
    expect(markerOf(read.workbook.reports)).toMatchObject({ code: 'SCH006', book: 'round-fixture-book-2023' });
  });

  it.skipIf(!sofficePath)('survives a live re-save, and collect takes the file by it', async () => {
    const out = join(dir, 'для-libreoffice');
    await runCommand(splitCommand, [book, '--out', out, '--only', 'SCH004']);
    const [name] = await readdir(out);
    const file = join(out, name!);
    await fillReturnedFile(file, orgs[3]!, { saved: new Date('2024-02-03T11:00:00Z'), blankRow: true });
    const resaved = join(dir, 'пересохранено');
    await mkdir(resaved);
    await resaveAsXlsx([file], resaved);
    const back = join(resaved, name!);
    const read = await readWorkbookFile(back);
    if (!read.ok) throw new Error(read.message);
    expect(markerOf(read.workbook.reports)?.code).toBe('SCH004');
    const r = await runCommand(collectCommand, [book, back, '--out', join(dir, 'из-libreoffice.xlsx'), '--json']);
    expect(JSON.parse(r.stdout).files).toMatchObject([{ org: 'SCH004', status: 'accepted', notes: [] }]);
  });
});

describe('profkarta schema collect', () => {
  it('prints the JSON Schema of the receipt', async () => {
    const r = await runCommand(schemaCommand, ['collect']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(Object.keys(schema.properties)).toEqual(['book', 'bookId', 'collectedAt', 'totals', 'files', 'missing']);
  });
});
