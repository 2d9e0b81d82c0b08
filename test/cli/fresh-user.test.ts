import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabNames } from '../../core/grid/tab-names';
import { readRoadmap } from '../../core/roadmap/read-roadmap';
import { roadmapSheet } from '../../core/roadmap/roadmap-sheet';
import { orderTextGrid } from '../../core/roadmap/order-text-grid';
import { runCli } from '../../scripts/cli/main';
import { readWorkbookFile } from '../../scripts/xlsx/read-workbook-file';
import { writeWorkbookFile } from '../../scripts/xlsx/write-workbook-file';
import { runCommand } from './run-command';

// What a fresh user met on a first try of the command line (issues 11–13), each on the input as found.

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-fresh-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** 30.11.2026 in Chelyabinsk, as on the user's machine: outside the 2023/2024 and 2024/2025 school years. */
const userToday = new Date('2026-11-30T05:15:00Z');

function cli(argv: readonly string[], today = userToday) {
  return runCommand(runCli, argv, today, dir);
}

describe('a list of organisations headed in Russian (hdr.csv, Windows-1251, as Russian Excel saves it)', () => {
  const found = 'Код;Наименование ОО;Тип ОО;Район;ИНН;E-mail\r\nS1;Школа 1;ООО;Центральный;;s1@x.ru\r\n';

  it('is read, and its one problem is placed as the file’s line and column', async () => {
    await writeFile(join(dir, 'hdr.csv'), iconv.encode(found, 'win1251'));
    const run = await cli(['template', '--orgs', 'hdr.csv', '--out', 'hdr.xlsx']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'файл «hdr.csv», строка 2, столбец «ИНН» — предупреждение: У организации «S1» не указан ИНН.\n',
    );
  });

  it('a missing column is named in Russian with its English name, never as a tab’s cell', async () => {
    await writeFile(join(dir, 'no-type.csv'), iconv.encode('Код;Наименование ОО\r\nS1;Школа 1\r\n', 'win1251'));
    const run = await cli(['template', '--orgs', 'no-type.csv', '--out', 'no-type.xlsx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('файл «no-type.csv» — ошибка: В файле «no-type.csv» нет столбца «Тип» (или «type»).');
    expect(run.stderr).toContain('Код, Наименование, Тип, Район, ИНН, Электронная почта');
    expect(run.stderr).not.toMatch(/лист «no-type\.csv»|нет столбца «name»/);
  });

  it('a bad row is placed by the file’s own header', async () => {
    await writeFile(join(dir, 'bad-type.csv'), `${found}S2;Школа 2;ВУЗ;Центральный;;s2@x.ru\r\n`);
    const run = await cli(['template', '--orgs', 'bad-type.csv', '--out', 'bad-type.xlsx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('файл «bad-type.csv», строка 3, столбец «Тип ОО» — ошибка: Тип «ВУЗ» неизвестен');
  });

  it('template --help names the Russian headers and the English ones', async () => {
    const run = await cli(['template', '--help']);
    expect(run.stdout).toContain('Код;Наименование;Тип;Район;ИНН;Электронная почта');
    expect(run.stdout).toContain('code,name,type,district,inn,emails');
    expect(run.stdout.indexOf('Код;Наименование')).toBeLessThan(run.stdout.indexOf('code,name'));
  });
});

describe('one report-date rule and one warning for every command that computes statuses', () => {
  const orgs = [
    'code,name,type,district,inn,emails',
    'S1,МАОУ «СОШ № 1»,ООО,Центральный,7451000013,s1@example.ru',
  ].join('\n');
  const warning =
    'Внимание: Дата отчёта 30.11.2026 (сегодня в Челябинске: в «Настройках» дата отчёта не указана) лежит вне учебного года 2023/2024';

  beforeAll(async () => {
    await writeFile(join(dir, 'status-orgs.csv'), orgs);
    const made = await cli(['template', '--orgs', 'status-orgs.csv', '--out', 'status.xlsx']);
    expect(made.code).toBe(0);
    // What collect takes back: the files split sent, as they are.
    const sent = await cli(['split', 'status.xlsx', '--out', 'sent', '--as-of', '2024-02-01']);
    expect(sent.code).toBe(0);
  });

  // split without --as-of gave no warning, and every item of the files it wrote said «Просрочено».
  it.each([
    ['check', ['check', 'status.xlsx']],
    ['summary', ['summary', 'status.xlsx', '--out', 'status-summary.xlsx']],
    ['split', ['split', 'status.xlsx', '--out', 'status-split']],
    ['collect', ['collect', 'status.xlsx', 'sent', '--out', 'status-collected.xlsx']],
    ['roadmap --book', ['roadmap', '--book', 'status.xlsx']],
  ])('%s without --as-of warns once that today lies outside the school year', async (_, argv) => {
    const run = await cli(argv);
    expect(run.code).toBeLessThan(2);
    expect(run.stderr.split(warning).length - 1).toBe(1);
  });

  it.each([
    ['check', ['check', 'status.xlsx', '--as-of', '01.02.2024']],
    ['summary', ['summary', 'status.xlsx', '--out', 'status-summary-2.xlsx', '--as-of', '01.02.2024']],
    ['split', ['split', 'status.xlsx', '--out', 'status-split-2', '--as-of', '01.02.2024']],
    ['collect', ['collect', 'status.xlsx', 'sent', '--out', 'status-collected-2.xlsx', '--as-of', '01.02.2024']],
    ['roadmap --book', ['roadmap', '--book', 'status.xlsx', '--as-of', '01.02.2024']],
  ])('%s with a report date inside the school year says nothing about it', async (_, argv) => {
    const run = await cli(argv);
    expect(run.code).toBeLessThan(2);
    expect(run.stderr).not.toContain('Внимание: Дата отчёта');
  });
});

describe('the school year goes with the roadmap workbook (issue 11: a 2024/2025 order made a 2023/2024 book)', () => {
  const seedPath = new URL('../fixtures/orders/order-1828-u.txt', import.meta.url).pathname;
  const orgs = 'code,name,type,district,inn,emails\nS1,МАОУ «СОШ № 1»,ООО,Центральный,7451000013,s1@example.ru\n';
  /** The user's «приказ-2025.txt»: the order of 07.08.2023 with every year one on, as a committee rewrites it. */
  const nextYear = (text: string) => text.replace(/20(2[34])/g, (_, y: string) => `20${Number(y) + 1}`);
  const outside = /лежит вне учебного года/g;

  beforeAll(async () => {
    const seed = await readFile(seedPath, 'utf8');
    await writeFile(join(dir, 'приказ-2025.txt'), nextYear(seed));
    await writeFile(join(dir, 'приказ.txt'), seed);
    await writeFile(join(dir, 'orgs.csv'), orgs);
    const imported = await cli(['import-roadmap', 'приказ-2025.txt', '--school-year', '2024', '--out', 'дк-2024.xlsx']);
    expect(imported.code).toBe(0);
  });

  it('import-roadmap records the year in «Настройки» of the workbook it writes', async () => {
    const read = await readWorkbookFile(join(dir, 'дк-2024.xlsx'));
    if (!read.ok) throw new Error(read.message);
    const settings = read.workbook.committee.find((tab) => tab.name === tabNames.settings);
    expect(settings?.values.find((row) => row[0] === 'Учебный год')?.[1]).toBe('2024/2025');
  });

  it('template --roadmap without --school-year takes the roadmap’s year, and check finds every deadline inside it', async () => {
    const made = await cli(['template', '--orgs', 'orgs.csv', '--out', 'книга-2024.xlsx', '--roadmap', 'дк-2024.xlsx']);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('учебный год 2024/2025 (из книги дорожной карты)');
    expect(made.stdout).not.toContain('2023/2024');
    const check = await cli(['check', 'книга-2024.xlsx', '--as-of', '01.02.2025']);
    expect(check.stdout.match(outside) ?? []).toEqual([]);
    expect(check.stderr).toBe('');
  });

  it('roadmap --book shows the roadmap’s year', async () => {
    const run = await cli(['roadmap', '--book', 'дк-2024.xlsx', '--as-of', '01.02.2025']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Дорожная карта 2024\/2025 /);
    expect(run.stderr).toBe('');
  });

  it('the year declared on import holds even when the order’s text names another (приказ.txt as found)', async () => {
    const imported = await cli(['import-roadmap', 'приказ.txt', '--school-year', '2024', '--out', 'дк-старый.xlsx']);
    expect(imported.code).toBe(1);
    const made = await cli([
      'template',
      '--orgs',
      'orgs.csv',
      '--out',
      'книга-старая.xlsx',
      '--roadmap',
      'дк-старый.xlsx',
    ]);
    expect(made.stdout).toContain('учебный год 2024/2025');
    expect(made.stderr).toMatch(/лежит вне учебного года 2024\/2025/);
  });

  it('a --school-year that contradicts the roadmap’s year is refused in Russian, and nothing is written', async () => {
    const run = await cli([
      'template',
      '--orgs',
      'orgs.csv',
      '--out',
      'книга-2023.xlsx',
      '--roadmap',
      'дк-2024.xlsx',
      '--school-year',
      '2023',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'Учебный год 2023/2024 в --school-year не совпадает с учебным годом дорожной карты «дк-2024.xlsx» — 2024/2025 (лист «Настройки», «Учебный год»). Уберите --school-year или укажите --school-year 2024.\n',
    );
    await expect(readFile(join(dir, 'книга-2023.xlsx'))).rejects.toThrow();
    const roadmap = await cli(['roadmap', '--book', 'дк-2024.xlsx', '--school-year', '2023']);
    expect(roadmap.code).toBe(2);
    const same = await cli([
      'roadmap',
      '--book',
      'дк-2024.xlsx',
      '--school-year',
      '2024/2025',
      '--as-of',
      '01.02.2025',
    ]);
    expect(same.code).toBe(0);
  });

  it('a roadmap workbook that records no year (an older import) is read in the year its deadlines name, saying so', async () => {
    const grid = orderTextGrid(nextYear(await readFile(seedPath, 'utf8')));
    if (!grid) throw new Error('no grid');
    const read = readRoadmap({ name: tabNames.roadmap, values: grid }, { start: 2024 }, 'UTC');
    const written = await writeWorkbookFile(join(dir, 'дк-без-года.xlsx'), [roadmapSheet(read.roadmap)]);
    expect(written.ok).toBe(true);
    const made = await cli([
      'template',
      '--orgs',
      'orgs.csv',
      '--out',
      'книга-без-года.xlsx',
      '--roadmap',
      'дк-без-года.xlsx',
    ]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('учебный год 2024/2025 (по срокам дорожной карты)');
    expect(made.stderr).toContain('Учебный год 2024/2025 взят по срокам дорожной карты «дк-без-года.xlsx»');
    const roadmap = await cli(['roadmap', '--book', 'дк-без-года.xlsx', '--as-of', '01.02.2025']);
    expect(roadmap.stdout).toMatch(/^Дорожная карта 2024\/2025 /);
  });

  it('a roadmap workbook with neither a recorded year nor a dated deadline is refused without --school-year', async () => {
    const undated = [
      ['Пункт', 'Мероприятие', 'Срок', 'Ответственные', 'Результат', 'Отчитываются', 'Вид'],
      ['1.1', 'Планы', 'В течение года', 'Комитет', 'Планы', 'ООО', 'пункт'],
    ];
    const blank = await writeWorkbookFile(join(dir, 'дк-без-дат.xlsx'), [
      { name: tabNames.roadmap, rows: undated, format: {} },
    ]);
    expect(blank.ok).toBe(true);
    const run = await cli([
      'template',
      '--orgs',
      'orgs.csv',
      '--out',
      'книга-без-дат.xlsx',
      '--roadmap',
      'дк-без-дат.xlsx',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('не записан учебный год');
    const given = await cli([
      'template',
      '--orgs',
      'orgs.csv',
      '--out',
      'книга-без-дат.xlsx',
      '--roadmap',
      'дк-без-дат.xlsx',
      '--school-year',
      '2025',
    ]);
    expect(given.code).toBe(0);
    expect(given.stdout).toContain('учебный год 2025/2026');
  });
});
