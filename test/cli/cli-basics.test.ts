import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { checkCommand } from '../../scripts/cli/commands/check';
import { roadmapCommand } from '../../scripts/cli/commands/roadmap';
import { summaryCommand } from '../../scripts/cli/commands/summary';
import { templateCommand } from '../../scripts/cli/commands/template';
import { commands, runCli } from '../../scripts/cli/main';
import { readWorkbookFile } from '../../scripts/xlsx/read-workbook-file';
import { minimalXlsx, row } from '../fixtures/minimal-xlsx';
import { runCommand } from './run-command';
import { hasStackTrace, runBin } from './run-bin';
import { editXlsx } from './type-into-xlsx';

const csv = [
  'code,name,type,district,inn,emails',
  'S1,МАОУ «СОШ № 1»,ООО,Центральный,7451000013,s1@example.ru',
  'S2,МАДОУ «Детский сад № 2»,ДОО,Советский,7451000020,s2@example.ru',
].join('\n');

/** 30.11.2026, 10:15 in Chelyabinsk: outside the 2023/2024 school year. */
const lateToday = new Date('2026-11-30T05:15:00Z');

let dir = '';
let book = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-basics-'));
  await writeFile(join(dir, 'orgs.csv'), csv);
  book = join(dir, 'book.xlsx');
  const made = await runCommand(templateCommand, ['--orgs', join(dir, 'orgs.csv'), '--out', book]);
  expect(made.code).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A copy of the template book with `Дата отчёта` set in `Настройки`. */
async function bookDated(date: Date): Promise<string> {
  const path = join(dir, `dated-${date.toISOString().slice(0, 10)}.xlsx`);
  await copyFile(book, path);
  await editXlsx(path, (wb) => {
    const ws = wb.getWorksheet('Настройки');
    ws?.eachRow((r) => {
      if (r.getCell(1).text === 'Дата отчёта') r.getCell(2).value = date;
    });
  });
  return path;
}

function cli(argv: readonly string[], today = lateToday) {
  return runCommand(runCli, argv, today, dir);
}

describe('--help and --version', () => {
  it('profkarta --help lists every command and exits 0', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    for (const command of commands) expect(run.stdout).toContain(`npx profkarta ${command.spec.synopsis}`);
    expect(run.stdout).toContain('ДД.ММ.ГГГГ');
  });

  it.each(commands.map((c) => [c.spec.name]))(
    'profkarta %s --help prints its usage in Russian and exits 0',
    async (name) => {
      const run = await cli([name, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Использование: npx profkarta ${name}`));
      expect(run.stderr).toBe('');
    },
  );

  it('profkarta help COMMAND is the same as COMMAND --help', async () => {
    expect((await cli(['help', 'check'])).stdout).toBe((await cli(['check', '--help'])).stdout);
  });

  it('prints the version through the real command and exits 0', async () => {
    const run = await runBin(['--version']);
    expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const help = await runBin(['template', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--force');
  }, 30_000);

  it('refuses an unknown command or option with exit 2 and the usage', async () => {
    const unknown = await cli(['chek']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Неизвестная команда «chek»');
    const option = await cli(['check', 'book.xlsx', '--asof', '2024-02-01']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('Неизвестный или неполный параметр «--asof»');
  });
});

describe('the report date', () => {
  it('accepts --as-of as ДД.ММ.ГГГГ', async () => {
    const run = await runCommand(checkCommand, [book, '--as-of', '01.02.2024', '--json']);
    expect(JSON.parse(run.stdout).asOf).toBe('2024-02-01');
  });

  it('without --as-of, takes the book’s Дата отчёта and says nothing', async () => {
    const dated = await bookDated(new Date(Date.UTC(2024, 1, 1)));
    const run = await runCommand(checkCommand, [dated, '--json'], lateToday);
    expect(JSON.parse(run.stdout).asOf).toBe('2024-02-01');
    expect(run.stderr).toBe('');
  });

  it('without --as-of or Дата отчёта, takes today in Chelyabinsk and warns that it is outside the school year', async () => {
    const run = await runCommand(checkCommand, [book, '--json'], lateToday);
    expect(JSON.parse(run.stdout).asOf).toBe('2026-11-30');
    expect(run.stderr).toBe(
      'Внимание: Дата отчёта 30.11.2026 (сегодня в Челябинске: в «Настройках» дата отчёта не указана) лежит вне учебного года 2023/2024: сроки пунктов дорожной карты считаются на эту дату, и статусы «просрочено» или «не наступил срок» могут быть неверны. Укажите нужную дату: --as-of ДАТА или «Дата отчёта» на листе «Настройки».\n',
    );
  });

  it('takes Chelyabinsk’s date, not the machine’s: 31.01 at 20:30 UTC is already 01.02 there', async () => {
    const run = await runCommand(checkCommand, [book, '--json'], new Date('2024-01-31T20:30:00Z'));
    expect(JSON.parse(run.stdout).asOf).toBe('2024-02-01');
  });

  it('roadmap --book uses the book’s Дата отчёта, as check does', async () => {
    const dated = await bookDated(new Date(Date.UTC(2024, 1, 1)));
    const run = await runCommand(roadmapCommand, ['--book', dated, '--json'], lateToday);
    expect(JSON.parse(run.stdout).asOf).toBe('2024-02-01');
    expect(run.stderr).toBe('');
  });

  it('roadmap without a book warns when today is outside the built-in roadmap’s year', async () => {
    const run = await runCommand(roadmapCommand, ['--json'], lateToday);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Внимание: Дата отчёта 30.11.2026');
  });

  it('stamps «Сформировано» with Chelyabinsk’s date and time together', async () => {
    const out = join(dir, 'stamped.xlsx');
    const run = await runCommand(
      summaryCommand,
      [book, '--out', out, '--as-of', '2024-02-01'],
      new Date('2024-01-31T20:30:00Z'),
    );
    expect(run.code).toBe(0);
    const read = await readWorkbookFile(out);
    if (!read.ok) throw new Error(read.message);
    const sheet = read.workbook.committee.find((s) => s.name === 'Сводка');
    expect(String(sheet?.values[0]?.[0])).toContain('Сформировано 01.02.2024 01:30');
  });
});

describe('CSV encodings', () => {
  it('reads a Windows-1251 CSV as Russian Excel saves it', async () => {
    await writeFile(join(dir, 'orgs-1251.csv'), iconv.encode(csv.replace(/,/g, ';'), 'win1251'));
    const out = join(dir, 'book-1251.xlsx');
    const run = await runCommand(templateCommand, ['--orgs', join(dir, 'orgs-1251.csv'), '--out', out]);
    expect(run.code).toBe(0);
    const read = await readWorkbookFile(out);
    if (!read.ok) throw new Error(read.message);
    const directory = read.workbook.committee.find((s) => s.name === 'Организации');
    expect(directory?.values.flat()).toContain('МАДОУ «Детский сад № 2»');
  });

  it('reads UTF-8 with a BOM', async () => {
    await writeFile(join(dir, 'orgs-bom.csv'), `\uFEFF${csv}`);
    const run = await runCommand(templateCommand, [
      '--orgs',
      join(dir, 'orgs-bom.csv'),
      '--out',
      join(dir, 'bom.xlsx'),
    ]);
    expect(run.code).toBe(0);
  });

  it.each([
    ['KOI8-R', iconv.encode(csv, 'koi8-r'), 'в кодировке KOI8-R'],
    ['UTF-16', iconv.encode(csv, 'utf16le', { addBOM: true }), 'в кодировке UTF-16'],
  ])('names a CSV in %s instead of reading nonsense', async (_, bytes, text) => {
    const path = join(dir, `orgs-${_}.csv`);
    await writeFile(path, bytes);
    const run = await runCommand(templateCommand, ['--orgs', path, '--out', join(dir, `${_}.xlsx`)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(text);
    expect(run.stderr).toContain('а читаются UTF-8 и Windows-1251');
    expect(run.stderr).not.toContain('нет столбца');
  });
});

describe('books other programs wrote', () => {
  it('asks to re-save an xlsx written with XML namespace prefixes (LibreOffice opens it)', async () => {
    const path = join(dir, 'prefixed.xlsx');
    await writeFile(
      path,
      await minimalXlsx([{ name: 'Организации', sheetData: row(1, ['Код', 'Наименование', 'Тип']) }], { prefix: 'x' }),
    );
    const run = await runBin(['check', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('записана в варианте XML (с префиксами пространств имён)');
    expect(run.stderr).toContain('сохраните заново как «Книга Excel (.xlsx)»');
    expect(hasStackTrace(run.stderr)).toBe(false);
  }, 30_000);

  it.each(['проверка', 'история', 'СВОДКА'])(
    'refuses in Russian a user tab «%s» named like an output, leaving the book unchanged',
    async (name) => {
      const path = join(dir, `tab-${name}.xlsx`);
      await copyFile(book, path);
      await editXlsx(path, (wb: ExcelJS.Workbook) => {
        wb.addWorksheet(name).getCell('A1').value = 'заметки методиста';
      });
      const before = await readFile(path);
      const run = await runCommand(summaryCommand, [
        path,
        '--out',
        join(dir, `out-${name}.xlsx`),
        '--as-of',
        '2024-02-01',
      ]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`В книге есть лист «${name}»`);
      expect(run.stderr).toContain('Переименуйте свой лист');
      expect(hasStackTrace(run.stderr)).toBe(false);
      expect((await readFile(path)).equals(before)).toBe(true);
    },
  );
});
