import { chmod, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { binPath, hasStackTrace, runBin } from './run-bin';

/** As root a folder's permissions do not hold, so that test runs as `nobody`, when `nobody` can read the checkout. */
const asRoot = process.getuid?.() === 0;
const nobody = { uid: 65534, gid: 65534 };
const nobodyCanRun =
  !asRoot ||
  spawnSync(process.execPath, [binPath, '--version'], { ...nobody, cwd: tmpdir(), encoding: 'utf8' }).status === 0;

const csv = [
  'code,name,type,district,inn,emails',
  'S1,МАОУ «СОШ № 1»,ООО,Центральный,7451000013,s1@example.ru',
  'S2,МАДОУ «Детский сад № 2»,ДОО,Советский,7451000020,s2@example.ru',
].join('\n');

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-files-'));
  await writeFile(join(dir, 'orgs.csv'), csv);
  const made = await runBin(['template', '--orgs', 'orgs.csv', '--out', 'book.xlsx'], { cwd: dir });
  expect(made.code).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The exit code and stderr of a run, and whether `file` is byte for byte what it was before. */
async function runKeeping(file: string, args: readonly string[]) {
  const before = await readFile(join(dir, file));
  const run = await runBin(args, { cwd: dir });
  const after = await readFile(join(dir, file));
  return { ...run, unchanged: before.equals(after) };
}

describe('no command writes over one of its inputs', () => {
  it.each([
    ['the same name', ['summary', 'book.xlsx', '--out', 'book.xlsx']],
    ['another spelling of the path', ['summary', 'book.xlsx', '--out', './sub/../book.xlsx']],
    ['a symbolic link to it', ['summary', 'book.xlsx', '--out', 'link.xlsx']],
  ])(
    'summary BOOK --out BOOK (%s) exits 2 and leaves BOOK byte-identical',
    async (_, args) => {
      await mkdir(join(dir, 'sub'), { recursive: true });
      await symlink(join(dir, 'book.xlsx'), join(dir, 'link.xlsx')).catch(() => undefined);
      const run = await runKeeping('book.xlsx', args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('— это входной файл «book.xlsx»');
      expect(run.unchanged).toBe(true);
    },
    30_000,
  );

  it('summary X.html --out X exits 2: the report X.html would overwrite the input', async () => {
    await writeFile(join(dir, 'report.html'), '<p>входной файл</p>');
    const run = await runKeeping('report.html', ['summary', 'report.html', '--out', 'report']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Файл результата «report.html» — это входной файл «report.html»');
    expect(run.unchanged).toBe(true);
  }, 30_000);

  it('template --out onto its own --orgs CSV exits 2 and leaves the CSV as it was', async () => {
    const run = await runKeeping('orgs.csv', ['template', '--orgs', 'orgs.csv', '--out', 'orgs.csv', '--force']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('это входной файл «orgs.csv»');
    expect(run.unchanged).toBe(true);
  }, 30_000);
});

describe('template refuses an existing --out unless --force', () => {
  it('exits 2 and leaves a filled book unchanged without --force', async () => {
    const run = await runKeeping('book.xlsx', ['template', '--orgs', 'orgs.csv', '--out', 'book.xlsx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'Файл «book.xlsx» уже есть: укажите другое имя или добавьте --force, чтобы заменить его.\n',
    );
    expect(run.unchanged).toBe(true);
  }, 30_000);

  it('replaces it with --force, through a temporary file that does not stay', async () => {
    await writeFile(join(dir, 'old.xlsx'), 'старое');
    const run = await runBin(['template', '--orgs', 'orgs.csv', '--out', 'old.xlsx', '--force'], { cwd: dir });
    expect(run.code).toBe(0);
    expect((await readFile(join(dir, 'old.xlsx'))).subarray(0, 2).toString()).toBe('PK');
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 30_000);
});

describe('summary refuses an existing --out or its .html unless --force', () => {
  it('exits 2 and leaves an earlier summary and its report unchanged without --force', async () => {
    const first = await runBin(['summary', 'book.xlsx', '--out', 'summary.xlsx'], { cwd: dir });
    expect(first.code).toBe(0);
    const report = await readFile(join(dir, 'summary.html'));
    const run = await runKeeping('summary.xlsx', ['summary', 'book.xlsx', '--out', 'summary.xlsx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Файл «summary.xlsx» уже есть');
    expect(run.unchanged).toBe(true);
    expect((await readFile(join(dir, 'summary.html'))).equals(report)).toBe(true);
  }, 60_000);

  it('refuses when only the .html beside the output exists', async () => {
    await writeFile(join(dir, 'only.html'), '<p>отчёт прошлого месяца</p>');
    const run = await runKeeping('only.html', ['summary', 'book.xlsx', '--out', 'only.xlsx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Файл «only.html» уже есть');
    expect(run.unchanged).toBe(true);
  }, 30_000);

  it('replaces both with --force', async () => {
    const run = await runBin(['summary', 'book.xlsx', '--out', 'summary.xlsx', '--force'], { cwd: dir });
    expect(run.code).toBe(0);
  }, 60_000);
});

describe('a file-system refusal is one Russian line', () => {
  it.each([
    [
      'a folder that does not exist',
      'no-such-folder/book2.xlsx',
      'Нет такого файла или папки: «no-such-folder/book2.xlsx»',
    ],
    ['a path through a file', 'orgs.csv/book2.xlsx', 'проходит через файл, а не через папку'],
    ['a folder given as the file', 'sub', '«sub» — это папка, а нужен файл'],
  ])(
    'template --out into %s',
    async (_, out, text) => {
      await mkdir(join(dir, 'sub'), { recursive: true });
      const run = await runBin(['template', '--orgs', 'orgs.csv', '--out', out], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(text);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(hasStackTrace(run.stderr)).toBe(false);
    },
    30_000,
  );

  it.skipIf(!nobodyCanRun)(
    'a folder without write permission (skipped when user nobody cannot read the checkout)',
    async () => {
      const locked = join(dir, 'locked');
      await mkdir(locked, { recursive: true });
      await chmod(locked, 0o555);
      await chmod(dir, 0o755);
      await chmod(join(dir, 'orgs.csv'), 0o644);
      const asNobody = asRoot ? nobody : {};
      const run = await runBin(['template', '--orgs', 'orgs.csv', '--out', 'locked/book.xlsx'], {
        cwd: dir,
        ...asNobody,
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        'Нет прав на запись в «locked/book.xlsx»: выберите другую папку или попросите доступ к этой.\n',
      );
      expect(await readdir(locked)).toEqual([]);
    },
    30_000,
  );
});
