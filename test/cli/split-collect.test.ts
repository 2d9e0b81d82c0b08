import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../../core/directory/organisation';
import type { CollectReceipt } from '../../core/outputs/collect-receipt-schema';
import { cliDocuments } from '../../core/outputs/cli-documents';
import { collectCommand } from '../../scripts/cli/commands/collect';
import { splitCommand } from '../../scripts/cli/commands/split';
import { summaryCommand } from '../../scripts/cli/commands/summary';
import { libreOfficeFixture, resavedFixtureDir } from '../../scripts/fixtures/make-resaved-fixtures';
import type { FillOverrides } from '../fixtures/filled-org-sheet';
import { roundOrgs, writeRoundBook } from '../fixtures/round-book';
import { runCommand } from './run-command';
import { emulateOnlyOffice, fillReturnedFile, type SchoolFill, schoolOverrides, typeIntoBook } from './school-files';

const orgs = roundOrgs(30);
const org = (code: string): Organisation => orgs.find((o) => o.code === code)!;
const at = (minutes: number) => new Date(Date.UTC(2024, 1, 3, 8, minutes));

let dir = '';
let book = '';
let files = '';
let inbox = '';
const fileOf = new Map<string, string>();

/** The files split wrote, by organisation code. */
async function splitFiles(from: string, into: string): Promise<Map<string, string>> {
  const result = await runCommand(splitCommand, [from, '--out', into]);
  if (result.code !== 0) throw new Error(result.stderr);
  const names = await readdir(into);
  return new Map(names.map((n) => [n.split(' — ')[0]!, join(into, n)]));
}

/** What each organisation's school does, and which file lands in the inbox under which name. */
interface Plan {
  readonly code: string;
  readonly fill?: Omit<SchoolFill, 'saved'>;
  readonly as?: string;
}

const plans: readonly Plan[] = orgs
  .map((o): Plan => ({ code: o.code }))
  .filter((p) => !['SCH006', 'SCH016'].includes(p.code))
  .map((p) => {
    switch (p.code) {
      case 'SCH002':
        return { ...p, as: 'Отчёт по профориентации.xlsx' };
      case 'SCH003':
        return { ...p, as: 'ответ школы (1).xlsx' };
      case 'SCH004':
        return { ...p, as: 'sch004.xlsx' };
      case 'SCH012':
        return { ...p, fill: { extraEvent: true, blankRow: true } };
      case 'SCH013':
        return { ...p, fill: { extraEvent: true } };
      case 'SCH017':
        return { ...p, fill: { fields: { 'Электронная почта': 'нет адреса' } } };
      default:
        return p;
    }
  });

/** The receipt's line of a file. */
function line(receipt: CollectReceipt, file: string) {
  const found = receipt.files.find((f) => f.file.endsWith(file));
  if (!found) throw new Error(`нет строки файла ${file}`);
  return found;
}

async function hashes(folder: string): Promise<Map<string, string>> {
  const names = await readdir(folder);
  const out = new Map<string, string>();
  for (const n of names)
    out.set(
      n,
      createHash('sha256')
        .update(await readFile(join(folder, n)))
        .digest('hex'),
    );
  return out;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-round-'));
  book = join(dir, 'книга.xlsx');
  files = join(dir, 'разослано');
  inbox = join(dir, 'входящие');
  await mkdir(inbox);
  await writeRoundBook(book, orgs);
  for (const [code, path] of await splitFiles(book, files)) fileOf.set(code, path);
  // Every school but SCH006 (its file comes back re-saved by LibreOffice) and SCH016 (never returned).
  for (const [i, plan] of plans.entries()) {
    const target = join(inbox, plan.as ?? `${plan.code}.xlsx`);
    await copyFile(fileOf.get(plan.code)!, target);
    await fillReturnedFile(target, org(plan.code), { ...plan.fill, saved: at(i) });
  }
  await copyFile(join(resavedFixtureDir, libreOfficeFixture.file), join(inbox, libreOfficeFixture.file));
  // SCH012 saved by an OnlyOffice-based editor: real date cells, numbers, inline strings.
  await emulateOnlyOffice(join(inbox, 'SCH012.xlsx'), 'SCH012');
  // SCH009 sent a first version, then the one it meant (saved later).
  const first = join(inbox, 'SCH009 первый вариант.xlsx');
  await copyFile(fileOf.get('SCH009')!, first);
  await fillReturnedFile(first, org('SCH009'), {
    fields: { ФИО: 'Петров Пётр Петрович', 'Уровень профминимума': 'базовый' },
    saved: new Date('2024-02-02T08:00:00Z'),
  });
  // SCH011 deleted the marker tab.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(inbox, 'SCH011.xlsx'));
  wb.removeWorksheet(wb.getWorksheet('Профкарта')!.id);
  await wb.xlsx.writeFile(join(inbox, 'SCH011.xlsx'));
  // SCH008's file of last year's round, from another book.
  const other = join(dir, 'другая-книга.xlsx');
  await writeRoundBook(other, orgs, 'another-book');
  const otherFiles = await splitFiles(other, join(dir, 'разослано-другой'));
  await copyFile(otherFiles.get('SCH008')!, join(inbox, 'SCH008 прошлый год.xlsx'));
  // Not a workbook, and an organisation the directory does not know.
  await writeFile(join(inbox, 'письмо.xlsx'), 'это не книга');
  const stranger = new ExcelJS.Workbook();
  await stranger.xlsx.readFile(fileOf.get('SCH001')!);
  const marker = stranger.getWorksheet('Профкарта')!;
  marker.getCell('B3').value = 'SCH999';
  await stranger.xlsx.writeFile(join(inbox, 'неизвестная.xlsx'));
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What a command printed with --json fits its document's schema, which names every field of it. */
function expectDocument(stdout: string): CollectReceipt {
  const printed = JSON.parse(stdout);
  const parsed = cliDocuments.collect.safeParse(printed);
  expect(parsed.success ? 'ok' : parsed.error.issues).toBe('ok');
  expect(parsed.data).toEqual(printed);
  return printed;
}

async function summaryJson(from: string, out: string): Promise<{ city: { submitted: number } }> {
  const r = await runCommand(summaryCommand, [from, '--out', join(dir, out), '--as-of', '2024-02-01', '--json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

async function collect(from: string, what: readonly string[], out: string): Promise<CollectReceipt> {
  const r = await runCommand(collectCommand, [
    from,
    ...what,
    '--out',
    join(dir, out),
    '--as-of',
    '2024-02-01',
    '--json',
  ]);
  expect(r.stderr).toBe('');
  return expectDocument(r.stdout);
}

const book2 = () => join(dir, 'книга-2.xlsx');
let summary2: unknown;

describe('split and collect: a round of 30 organisations without Google', () => {
  let receipt: CollectReceipt;

  it('collects the returned files into a copy of the book and prints a receipt per file, leaving them unchanged', async () => {
    const before = await hashes(inbox);
    const result = await runCommand(collectCommand, [book, inbox, '--out', book2(), '--as-of', '2024-02-01', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    receipt = expectDocument(result.stdout);
    expect(await hashes(inbox)).toEqual(before);

    expect(line(receipt, 'Отчёт по профориентации.xlsx')).toMatchObject({
      org: 'SCH002',
      status: 'accepted',
      notes: [],
    });
    expect(line(receipt, 'ответ школы (1).xlsx')).toMatchObject({ org: 'SCH003', status: 'accepted' });
    expect(line(receipt, 'sch004.xlsx')).toMatchObject({ org: 'SCH004', status: 'accepted' });
    expect(line(receipt, libreOfficeFixture.file)).toMatchObject({ org: 'SCH006', status: 'accepted', notes: [] });
    expect(line(receipt, 'SCH012.xlsx')).toMatchObject({ org: 'SCH012', status: 'accepted', notes: [] });
    expect(line(receipt, 'SCH013.xlsx')).toMatchObject({ org: 'SCH013', status: 'accepted' });
    expect(line(receipt, 'SCH017.xlsx')).toMatchObject({ org: 'SCH017', status: 'accepted_with_errors', errors: 1 });
    expect(line(receipt, 'SCH008 прошлый год.xlsx')).toMatchObject({
      status: 'rejected',
      reason: { code: 'other_book' },
    });
    expect(line(receipt, 'SCH008.xlsx')).toMatchObject({ org: 'SCH008', status: 'accepted' });
    expect(line(receipt, 'SCH009 первый вариант.xlsx')).toMatchObject({
      org: 'SCH009',
      status: 'rejected',
      reason: { code: 'older_duplicate' },
    });
    expect(line(receipt, 'SCH009.xlsx')).toMatchObject({ status: 'accepted', notes: [{ code: 'newest_taken' }] });
    expect(line(receipt, 'SCH011.xlsx')).toMatchObject({
      org: 'SCH011',
      status: 'accepted',
      notes: [{ code: 'no_marker' }],
    });
    expect(line(receipt, 'письмо.xlsx')).toMatchObject({
      org: null,
      status: 'rejected',
      reason: { code: 'not_workbook' },
    });
    expect(line(receipt, 'неизвестная.xlsx')).toMatchObject({ status: 'rejected', reason: { code: 'unknown_org' } });
    expect(receipt.missing).toEqual([{ code: 'SCH016', name: org('SCH016').name }]);
    expect(receipt.totals).toEqual({ files: 33, accepted: 29, acceptedWithErrors: 1, rejected: 4 });
  });

  it('gives the summary the committee would get with the same entries typed straight into the book', async () => {
    const typed = join(dir, 'набрано.xlsx');
    await copyFile(book, typed);
    const entries: { org: Organisation; overrides: FillOverrides }[] = [];
    for (const o of orgs) {
      if (o.code === 'SCH016') continue;
      const fill = o.code === 'SCH006' ? libreOfficeFixture.fill : (plans.find((p) => p.code === o.code)?.fill ?? {});
      entries.push({ org: o, overrides: schoolOverrides(o, fill) });
    }
    await typeIntoBook(typed, entries);
    const collected = await summaryJson(book2(), 'сводка-собрано.xlsx');
    const straight = await summaryJson(typed, 'сводка-набрано.xlsx');
    expect(collected.city.submitted).toBe(28);
    expect(collected).toEqual(straight);
    summary2 = collected;
  });

  it('prints the receipt as text: file → organisation → result, with the notes', async () => {
    const r = await runCommand(collectCommand, [
      book,
      inbox,
      '--out',
      join(dir, 'книга-текст.xlsx'),
      '--as-of',
      '2024-02-01',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Собрано в «');
    expect(r.stdout).toContain('файлов 33 — принято 29 (с ошибками 1), отклонено 4.');
    expect(r.stdout).toContain(`Не прислали (1):\n  SCH016 — ${org('SCH016').name}\n`);
    expect(r.stdout).toContain(`Дальше: npx profkarta summary "${join(dir, 'книга-текст.xlsx')}" --out СВОДКА.xlsx`);
    expect(r.stdout).toMatch(/Отчёт по профориентации\.xlsx → SCH002 → принят\n/);
    expect(r.stdout).toMatch(/SCH017\.xlsx → SCH017 → принят с ошибками \(1\)/);
    expect(r.stdout).toMatch(/SCH008 прошлый год\.xlsx → — → отклонён: файл разослан из другой книги/);
    expect(r.stdout).toMatch(/SCH011\.xlsx → SCH011 → принят\n\s+внимание: нет метки/);
  });
});

describe('collect run again as more files arrive', () => {
  it('takes the same files into its own output again without any change to the report', async () => {
    const again = await collect(book2(), [inbox], 'книга-3.xlsx');
    const first = await collect(book, [inbox], 'книга-2-снова.xlsx');
    expect(again.files.map((f) => [f.file, f.status, f.notes.map((n) => n.code)])).toEqual(
      first.files.map((f) => [f.file, f.status, f.notes.map((n) => n.code)]),
    );
    expect(await summaryJson(join(dir, 'книга-3.xlsx'), 'сводка-3.xlsx')).toEqual(summary2);
  });

  it('keeps what was collected before when only the late file comes', async () => {
    const late = join(dir, 'поздние');
    await mkdir(late);
    const file = join(late, 'SCH016.xlsx');
    await copyFile(fileOf.get('SCH016')!, file);
    await fillReturnedFile(file, org('SCH016'), { saved: at(50) });
    const receipt = await collect(book2(), [late], 'книга-4.xlsx');
    expect(receipt.files).toMatchObject([{ org: 'SCH016', status: 'accepted' }]);
    expect(receipt.missing).toEqual([]);
    const summary = await summaryJson(join(dir, 'книга-4.xlsx'), 'сводка-4.xlsx');
    expect(summary.city.submitted).toBe(29);
  });

  it('refuses a file older than the one the book already took', async () => {
    const receipt = await collect(book2(), [join(inbox, 'SCH009 первый вариант.xlsx')], 'книга-5.xlsx');
    expect(receipt.files).toMatchObject([
      { org: 'SCH009', status: 'rejected', reason: { code: 'older_than_collected' } },
    ]);
    expect(receipt.files[0]?.reason?.message).toContain('SCH009.xlsx');
  });

  it('keeps a value the committee typed into the book after the file went out, in «Перенесённые значения»', async () => {
    const edited = join(dir, 'книга-2-правка.xlsx');
    await copyFile(book2(), edited);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(edited);
    const ws = wb.getWorksheet('SCH001')!;
    let phone = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === 'Телефон') phone = r;
    });
    ws.getCell(phone, 2).value = '+7 351 700-00-01';
    await wb.xlsx.writeFile(edited);
    const receipt = await collect(edited, [join(inbox, 'SCH001.xlsx')], 'книга-6.xlsx');
    expect(receipt.files).toMatchObject([{ org: 'SCH001', notes: [{ code: 'book_values_kept' }] }]);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(join(dir, 'книга-6.xlsx'));
    const values: unknown[] = [];
    out.getWorksheet('SCH001')!.eachRow((row) => row.eachCell((c) => values.push(c.value)));
    expect(values).toContain('+7 351 700-00-01');
    expect(values).toContain('Перенесённые значения');
  });
});

/** Types cells (`B14` → value) into an organisation's file as a school does in its office suite, and saves it at `saved`. */
async function typeCells(
  path: string,
  tab: string,
  cells: Readonly<Record<string, ExcelJS.CellValue>>,
  saved: Date,
  more: (ws: ExcelJS.Worksheet) => void = () => undefined,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(tab)!;
  for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
  more(ws);
  wb.modified = saved;
  await wb.xlsx.writeFile(path);
}

/** A tab of a book as rows of cell values (1-based rows and columns kept as in Excel: row 1 is index 0). */
async function rowsOf(path: string, tab: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: unknown[][] = [];
  wb.getWorksheet(tab)!.eachRow((row, r) => {
    const values: unknown[] = [];
    row.eachCell((cell, c) => {
      values[c - 1] = cell.value;
    });
    rows[r - 1] = values;
  });
  return Array.from(rows, (row) => row ?? []);
}

/** The «Перенесённые значения» block of a tab: [where it was, the value] per row. */
function movedOf(rows: readonly unknown[][]): unknown[][] {
  const start = rows.findIndex((row) => row[0] === 'Перенесённые значения');
  return start < 0 ? [] : rows.slice(start + 3).map((row) => [row[0], row[1]]);
}

describe('collect, as a new user tried it', () => {
  /** A copy of the file split sent an organisation, in its own folder. */
  async function sent(code: string, folder: string, name: string): Promise<string> {
    await mkdir(join(dir, folder), { recursive: true });
    const path = join(dir, folder, name);
    await copyFile(fileOf.get(code)!, path);
    return path;
  }

  it('keeps what a later file of a school leaves blank, with the file it came from, and says so in the receipt', async () => {
    // fill099.mjs: «г99 новая.xlsx» with section 2 and every count; then «г99 v3.xlsx», made from the
    // file as sent, saved later, without the phone, email, order and several counts.
    const first = await sent('SCH018', 'r1', 'г99 новая.xlsx');
    await typeCells(
      first,
      'SCH018',
      {
        B12: 'Орлова Елена Викторовна',
        B13: 'заместитель директора',
        B14: '+7 351 265-11-22',
        B15: 'orlova@g99.ru',
        B16: '01-05/77',
        B17: '02.09.2023',
        B20: 'базовый',
        B21: 500,
        B22: 100,
        B23: 500,
        B24: 100,
        B25: 0,
        B26: 0,
        B27: 0,
        B28: 5,
        B29: 34,
        B30: 1,
        B31: 0,
        B32: 0,
        B33: 0,
        B34: 0,
      },
      new Date('2024-01-20T10:00:00Z'),
    );
    const later = await sent('SCH018', 'r2', 'г99 v3.xlsx');
    await typeCells(
      later,
      'SCH018',
      {
        B12: 'Орлова Елена Викторовна',
        B13: 'заместитель директора',
        B20: 'базовый',
        B21: '500',
        B22: '100',
        B23: '500 чел.',
        B24: '-5',
        B25: '12,5',
        B28: '5',
        B29: '30',
      },
      new Date('2024-01-28T10:00:00Z'),
    );
    const rx1 = join(dir, 'rx1.xlsx');
    await collect(book, [join(dir, 'r1')], 'rx1.xlsx');
    const receipt = await collect(rx1, [join(dir, 'r2')], 'rx2.xlsx');
    expect(receipt.files).toMatchObject([{ org: 'SCH018', status: 'accepted_with_errors' }]);
    const notes = receipt.files[0]!.notes;
    expect(notes.map((n) => n.code)).toEqual(['fields_cleared', 'fields_changed']);
    expect(notes[0]!.message).toBe(
      'очищено 11 полей — прежние значения (из файла «г99 новая.xlsx») перенесены в блок «Перенесённые значения»',
    );
    const source = '(принято из файла «г99 новая.xlsx» от 20.01.2024 15:00)';
    expect(movedOf(await rowsOf(join(dir, 'rx2.xlsx'), 'SCH018'))).toEqual([
      [`было в B14 ${source}`, '+7 351 265-11-22'],
      [`было в B15 ${source}`, 'orlova@g99.ru'],
      [`было в B16 ${source}`, '01-05/77'],
      [`было в B17 ${source}`, '02.09.2023'],
      ...['B26', 'B27', 'B30', 'B31', 'B32', 'B33', 'B34'].map((a) => [`было в ${a} ${source}`, a === 'B30' ? 1 : 0]),
    ]);
    // The newer file's answers stand in the form.
    const rows = await rowsOf(join(dir, 'rx2.xlsx'), 'SCH018');
    expect(rows[13]?.[1] ?? null).toBeNull();
    expect(rows[22]?.[1]).toBe('500 чел.');
    // The same file again changes nothing and reports nothing cleared anew.
    const again = await collect(join(dir, 'rx2.xlsx'), [join(dir, 'r2')], 'rx3.xlsx');
    expect(again.files[0]?.notes).toEqual([]);
    expect(await rowsOf(join(dir, 'rx3.xlsx'), 'SCH018')).toEqual(
      rows.map((row, r) => (r === 1 ? expect.anything() : row)),
    );
  });

  it('never writes --out over a file found in a folder it reads, even with --force', async () => {
    const school = await sent('SCH019', 'входящие-лицей', 'Лицей112.xlsx');
    await fillReturnedFile(school, org('SCH019'), { saved: at(55) });
    const before = await readFile(school);
    const r = await runCommand(collectCommand, [book, join(dir, 'входящие-лицей'), '--out', school, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('входной файл');
    expect(await readFile(school)).toEqual(before);
  });

  it('keeps text typed into the grey cells of section 1 and section 4, and over hints and the lines above', async () => {
    // fill112b.mjs and fill112c.mjs.
    const path = await sent('SCH023', 'серые', 'Лицей112 v3.xlsx');
    const typed = {
      C21: '800 (по ОО-1 на 20.09)',
      C40: 'перенесли на ноябрь',
      A3: 'Заполнила Кузнецова, тел. 222-33-44',
      H21: 'заметка в столбце H',
      B7: `${org('SCH023').name} (новое наименование с 01.09.2024)`,
      B9: 'Курчатовский район',
      B41: 'Определение уровня — сделано на педсовете',
    };
    await typeCells(path, 'SCH023', typed, at(56));
    const receipt = await collect(book, [path], 'серые.xlsx');
    expect(receipt.files[0]?.notes).toContainEqual({
      code: 'moved_values',
      message: 'значения не на месте формы (6) сохранены в блоке «Перенесённые значения»',
    });
    const rows = await rowsOf(join(dir, 'серые.xlsx'), 'SCH023');
    expect(rows[20]?.[7]).toBe('заметка в столбце H');
    expect(movedOf(rows).sort()).toEqual(
      ['A3', 'B7', 'B9', 'C21', 'C40', 'B41'].map((a) => [`было в ${a}`, typed[a as keyof typeof typed]]).sort(),
    );
  });

  it('keeps a row the school inserted into section 4 under «Строки, добавленные организацией»', async () => {
    // fill015b.mjs: a row inserted among the roadmap items, and one above the phone.
    const path = await sent('SCH022', 'квест', 'СОШ15 v2.xlsx');
    const quest = ['доп.', 'Школьный профориентационный квест', 'март 2025', 'выполнено', '01.03.2025'];
    await typeCells(
      path,
      'SCH022',
      { B14: '+7 351 123-45-67', D21: 'из них 10 на домашнем обучении' },
      at(57),
      (ws) => {
        ws.spliceRows(42, 0, quest);
        ws.spliceRows(13, 0, ['Заместитель ответственного', 'Петров П. П.']);
      },
    );
    await collect(book, [path], 'квест.xlsx');
    const rows = await rowsOf(join(dir, 'квест.xlsx'), 'SCH022');
    const firsts = rows.map((row) => row[0]);
    expect(firsts).not.toContain('Удалённые пункты');
    const block = firsts.indexOf('Строки, добавленные организацией');
    expect(block).toBeGreaterThan(firsts.indexOf('7. Рекомендации комитета'));
    expect(rows[block + 3]?.slice(0, 5)).toEqual(quest);
    const kept = rows.flat();
    for (const value of ['Заместитель ответственного', 'Петров П. П.', 'из них 10 на домашнем обучении'])
      expect(kept).toContain(value);
  });
});
