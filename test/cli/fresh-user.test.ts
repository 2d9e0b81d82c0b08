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
