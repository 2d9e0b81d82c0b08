import { copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRoadmap } from '../../core/roadmap/builtin-roadmap';
import { orderTextGrid } from '../../core/roadmap/order-text-grid';
import { readRoadmap } from '../../core/roadmap/read-roadmap';
import { roadmapJson } from '../../core/roadmap/roadmap-json';
import { importRoadmapCommand } from '../../scripts/cli/commands/import-roadmap';
import { runCli } from '../../scripts/cli/main';
import { readWorkbookFile } from '../../scripts/xlsx/read-workbook-file';
import { orderDocx } from '../fixtures/orders/order-docx';
import { runCommand } from './run-command';

/** A message without quoted file names and the product names it may mention: what is left must be Russian. */
const withoutNames = (text: string) => text.replace(/«[^»]*»|\.docx|\.txt|Word|LibreOffice/g, '');
const seedPath = new URL('../fixtures/orders/order-1828-u.txt', import.meta.url).pathname;
const today = new Date('2024-02-01T09:00:00Z');
const expected = roadmapJson(builtinRoadmap(), '2024-02-01').items;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function importJson(order: string, out: string) {
  const result = await runCommand(
    importRoadmapCommand,
    [order, '--school-year', '2023', '--out', out, '--json'],
    today,
  );
  return { ...result, json: JSON.parse(result.stdout) };
}

/** The `Дорожная карта` tab of a written workbook, read back as `template --roadmap` reads it. */
async function tabOf(book: string) {
  const file = await readWorkbookFile(book);
  if (!file.ok) throw new Error(file.message);
  const tab = file.workbook.committee.find((sheet) => sheet.name === 'Дорожная карта');
  if (!tab) throw new Error('no tab');
  return readRoadmap(tab, { start: 2023 }, file.workbook.timeZone);
}

describe('profkarta import-roadmap', () => {
  it('gives exactly the built-in roadmap from the order’s text: ids, kinds, windows, reporters, titles', async () => {
    const out = join(dir, 'from-text.xlsx');
    const { code, json } = await importJson(seedPath, out);
    expect(code).toBe(0);
    expect(json.schoolYear).toBe('2023/2024');
    expect(json.items).toEqual(expected);
    expect(json.issues.filter((i: { severity: string }) => i.severity !== 'info')).toEqual([]);
    const read = await tabOf(out);
    expect(read.issues).toEqual([]);
    expect(read.roadmap).toEqual(builtinRoadmap());
  });

  it('gives the same from a .docx holding the same table', async () => {
    const grid = orderTextGrid(await readFile(seedPath, 'utf8'));
    if (!grid) throw new Error('no grid');
    const order = join(dir, 'prikaz-1828.docx');
    await writeFile(order, await orderDocx(grid));
    const out = join(dir, 'from-docx.xlsx');
    const { code, json } = await importJson(order, out);
    expect(code).toBe(0);
    expect(json.items).toEqual(expected);
    expect((await tabOf(out)).roadmap).toEqual(builtinRoadmap());
  });

  it('prints a summary in Russian and writes beside the order by default', async () => {
    let printed = '';
    let errors = '';
    const order = join(dir, 'prikaz.txt');
    await copyFile(seedPath, order);
    const result = await runCli(['import-roadmap', order, '--school-year', '2023'], {
      stdout: (t) => {
        printed += t;
      },
      stderr: (t) => {
        errors += t;
      },
      cwd: dir,
      today,
    });
    expect(result).toBe(0);
    expect(printed).toContain('пунктов — 40 (мероприятий — 17, пунктов комитета — 8)');
    expect(printed).toContain('Строк без номера пронумеровано: 21');
    expect(errors).toBe('');
    expect((await stat(join(dir, 'prikaz.xlsx'))).isFile()).toBe(true);
  });
  it('prints every row and phrase it could not read, and exits 1 having written the rest', async () => {
    const text = (await readFile(seedPath, 'utf8'))
      .replace('\tОктябрь 2023 г.\n', '\tв ближайшее время\n')
      .replace('\tЯнварь 2024 г.\n', '\tпо отдельному плану\n');
    const order = join(dir, 'with-problems.txt');
    await writeFile(order, text, 'utf8');
    const result = await runCommand(importRoadmapCommand, [
      order,
      '--school-year',
      '2023',
      '--out',
      join(dir, 'p.xlsx'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /строка \d+ таблицы приказа — ошибка: Пункт 1\.2: срок «в ближайшее время» не распознан/,
    );
    expect(result.stderr).toMatch(
      /строка \d+ таблицы приказа — предупреждение: Пункт 4\.1: срок «по отдельному плану» не называет даты/,
    );
    expect(result.stdout).toContain('Не прочитано строк и сроков: 1');
  });

  it('reads a Windows-1251 text file as Notepad saves it', async () => {
    const grid = '№ п/п\tМероприятие\tСрок исполнения\tОтветственные, исполнители\n1.1\tПлан\tОктябрь 2024 г.\tДОУ\n';
    const bytes = Buffer.from(
      [...grid].map((ch) => {
        const code = ch.codePointAt(0) ?? 0;
        if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
        return ch === '№' ? 0xb9 : code;
      }),
    );
    const order = join(dir, 'cp1251.txt');
    await writeFile(order, bytes);
    const { code, json } = await runCommand(
      importRoadmapCommand,
      [order, '--school-year', '2024', '--out', join(dir, 'cp1251.xlsx'), '--json'],
      today,
    ).then((r) => ({ ...r, json: JSON.parse(r.stdout) }));
    expect(code).toBe(0);
    expect(json.items).toMatchObject([{ id: '1.1', title: 'План', reporters: ['ДОО'] }]);
  });

  it('never writes over an existing file without --force, nor over its input', async () => {
    const out = join(dir, 'existing.xlsx');
    await writeFile(out, 'keep');
    const refused = await runCommand(importRoadmapCommand, [seedPath, '--school-year', '2023', '--out', out]);
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toContain('уже есть: укажите другое имя или добавьте --force, чтобы заменить его');
    expect(await readFile(out, 'utf8')).toBe('keep');
    const forced = await runCommand(importRoadmapCommand, [seedPath, '--school-year', '2023', '--out', out, '--force']);
    expect(forced.code).toBe(0);
    const order = join(dir, 'input.txt');
    await copyFile(seedPath, order);
    const input = await runCommand(importRoadmapCommand, [order, '--school-year', '2023', '--out', order, '--force']);
    expect(input.code).toBe(2);
    expect(input.stderr).toContain('— это входной файл «');
    expect(await readFile(order, 'utf8')).toBe(await readFile(seedPath, 'utf8'));
  });

  it.each([
    [['--school-year', '2023'], 'Укажите один файл приказа'],
    [['order.txt'], 'Укажите учебный год приказа'],
    [['order.txt', '--school-year', 'давно'], 'а не «давно»'],
    [['order.txt', '--school-year', '2023', '--verbose'], 'Неизвестный или неполный параметр'],
  ])('exits 2 on bad arguments %j', async (args, message) => {
    const result = await runCommand(importRoadmapCommand, args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('exits 2 with one Russian line for a missing file, a document without the table, a broken .docx', async () => {
    const missing = await runCommand(importRoadmapCommand, [join(dir, 'нет.txt'), '--school-year', '2024']);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toMatch(/^Файл приказа «.*нет\.txt» не найден или не читается\.\n$/);
    const plain = join(dir, 'letter.txt');
    await writeFile(plain, 'Письмо о проведении конкурса.\n\nПросим принять участие.');
    const noTable = await runCommand(importRoadmapCommand, [plain, '--school-year', '2024']);
    expect(noTable.code).toBe(2);
    expect(noTable.stderr).toContain('не найдена таблица дорожной карты');
    const broken = join(dir, 'broken.docx');
    await writeFile(broken, 'PK not really a zip');
    const bad = await runCommand(importRoadmapCommand, [broken, '--school-year', '2024']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^Не удалось прочитать «.*broken\.docx» как документ Word/);
    expect(withoutNames(bad.stderr)).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('refuses a workbook given as the order in Russian only, naming it as typed', async () => {
    const typed = relative(process.cwd(), join(dir, 'книга.xlsx'));
    await writeFile(typed, 'PK\u0003\u0004 a zip that is no Word document');
    const r = await runCommand(importRoadmapCommand, [typed, '--school-year', '2024', '--out', join(dir, 'к.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Не удалось прочитать «${typed}» как документ Word (.docx)`);
    expect(withoutNames(r.stderr)).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('refuses an order file over 20 MB before reading it', async () => {
    const huge = join(dir, 'huge.txt');
    await writeFile(huge, Buffer.alloc(21 * 1024 * 1024, 0x20));
    const r = await runCommand(importRoadmapCommand, [huge, '--school-year', '2024', '--out', join(dir, 'huge.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Файл приказа «.*huge\.txt» слишком велик \(21 МБ, можно не больше 20 МБ\)/);
  });
});
