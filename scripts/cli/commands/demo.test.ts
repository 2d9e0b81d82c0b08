import { committeeTabNames, outputTabNames, tabNames } from '../../../core/grid/tab-names';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
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

  it('refuses an unknown option with exit 2', async () => {
    const result = await runCommand(demoCommand, ['--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Неизвестный или неполный параметр/);
  });
});
