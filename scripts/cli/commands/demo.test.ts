import { committeeTabNames, outputTabNames, tabNames } from '../../../core/grid/tab-names';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../../test/cli/run-command';
import { readWorkbookFile } from '../../xlsx/read-workbook-file';
import { demoCommand } from './demo';
import { roadmapCommand } from './roadmap';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-demo-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('demoCommand', () => {
  it('writes demo.xlsx and summary.html and prints a short Russian summary', async () => {
    const result = await runCommand(demoCommand, ['--out', dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Демонстрационный город \(вымышленный\) на 01\.02\.2024/);
    expect(result.stdout).toMatch(/Организаций: 190 \(ООО 150, ДОО 30, ОДО 10\)\./);
    const book = await readWorkbookFile(join(dir, 'demo.xlsx'));
    if (!book.ok) throw new Error(book.message);
    const names = book.workbook.committee.map((s) => s.name);
    expect(names.slice(0, 4)).toEqual(committeeTabNames.filter((name) => name !== tabNames.state));
    expect(names).toEqual(expect.arrayContaining([...outputTabNames, tabNames.state, 'SCH901']));
    const html = await readFile(join(dir, 'summary.html'), 'utf8');
    expect(html.match(/<figure class="chart">/g)).toHaveLength(3);
    // As found: `roadmap --book demo.xlsx` gave the schools' item 1.2 the committee's «просрочено».
    const roadmap = await runCommand(roadmapCommand, ['--book', join(dir, 'demo.xlsx')]);
    expect(roadmap.code).toBe(0);
    const item12 = roadmap.stdout.split('\n').find((line) => line.startsWith('1.2 '));
    expect(item12).toMatch(/ООО, ДОО, ОДО +— +выполнено \d+,\d % \(\d+ из \d+\)/);
    expect(item12).not.toContain('просрочено');
  }, 30_000);

  it('runs again into its own folder, replacing only the files it wrote', async () => {
    const result = await runCommand(demoCommand, ['--out', dir]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
  }, 30_000);

  it('refuses to replace a summary.html it did not write, leaving it as it was, unless --force', async () => {
    // A user's own report in the folder given to demo (found by a new user: it was silently replaced).
    const mine = await mkdtemp(join(tmpdir(), 'profkarta-demo-mine-'));
    try {
      const own = join(mine, 'summary.html');
      await writeFile(own, '<p>мой отчёт</p>');
      const refused = await runCommand(demoCommand, ['--out', mine]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('«summary.html»');
      expect(refused.stderr).toContain('--force');
      expect(await readFile(own, 'utf8')).toBe('<p>мой отчёт</p>');
      await expect(readFile(join(mine, 'demo.xlsx'))).rejects.toThrow();
      const forced = await runCommand(demoCommand, ['--out', mine, '--force']);
      expect(forced.code).toBe(0);
      expect(await readFile(own, 'utf8')).not.toBe('<p>мой отчёт</p>');
    } finally {
      await rm(mine, { recursive: true, force: true });
    }
  }, 30_000);

  it('says that --out is a file, not a folder, naming it as typed and leaving it as it was', async () => {
    const file = join(dir, 'заметки.txt');
    await writeFile(file, 'мои заметки');
    const refused = await runCommand(demoCommand, ['--out', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`«${file}» — это файл, а нужна папка: укажите папку (--out ПАПКА).\n`);
    expect(await readFile(file, 'utf8')).toBe('мои заметки');
  });

  it('refuses an unknown option with exit 2', async () => {
    const result = await runCommand(demoCommand, ['--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Неизвестный или неполный параметр/);
  });
});
