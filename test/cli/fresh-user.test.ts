import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../scripts/cli/main';

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

async function cli(argv: readonly string[], today = userToday) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd: dir,
    today,
  });
  return { code, stdout, stderr };
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
