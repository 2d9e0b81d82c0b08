import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../core/directory/read-settings';
import { settingsSheet } from '../../../core/directory/settings-sheet';
import { builtinRoadmap } from '../../../core/roadmap/builtin-roadmap';
import type { RoadmapItem } from '../../../core/roadmap/roadmap-item';
import { roadmapSheet } from '../../../core/roadmap/roadmap-sheet';
import { writeWorkbookFile } from '../../xlsx/write-workbook-file';
import type { CliIo } from '../cli-io';
import { roadmapCommand } from './roadmap';

function recorder(today = new Date('2024-01-31T20:00:00Z')) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    cwd: process.cwd(),
    today,
  };
  return { io, out };
}

interface ItemJson {
  id: string;
  kind: string;
  windows: { start: string; end: string }[];
  reporters: string[];
  committeeStatus: { window: number; status: string }[];
}

const directory = mkdtempSync(join(tmpdir(), 'profkarta-roadmap-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('profkarta roadmap', () => {
  it('prints every item of the built-in roadmap as the JSON of design §8', async () => {
    const { io, out } = recorder();
    expect(await roadmapCommand(['--json', '--as-of', '2024-02-01'], io)).toBe(0);
    const json = JSON.parse(out.stdout) as { schoolYear: string; asOf: string; items: ItemJson[] };
    expect(json.schoolYear).toBe('2023/2024');
    expect(json.items).toHaveLength(40);
    const byId = new Map(json.items.map((item) => [item.id, item]));
    expect(byId.get('3.2')?.windows).toEqual([
      { start: '2023-12-01', end: '2024-01-31' },
      { start: '2024-05-01', end: '2024-06-30' },
    ]);
    expect(byId.get('4.3')?.windows).toHaveLength(2);
    expect(byId.get('5.2.6.2')?.reporters).toEqual(['ДОО']);
    expect(byId.get('5.2.6.5')?.windows).toEqual([{ start: '2024-04-01', end: '2024-04-30' }]);
    expect(byId.get('1.2')).toMatchObject({
      kind: 'пункт',
      period: 'Октябрь 2023 г.',
      reporters: ['ООО', 'ДОО', 'ОДО'],
      responsible: ['образовательные организации'],
      result: expect.stringMatching(/^Разработаны планы/),
    });
    expect(byId.get('4.1')?.committeeStatus).toEqual([{ window: 1, status: 'overdue', label: 'просрочено' }]);
    for (const item of json.items) expect(item.windows.length, item.id).toBeGreaterThan(0);
    expect(out.stderr).toBe('');
  });

  it('takes today in Chelyabinsk when no date is given', async () => {
    // 2024-01-31T20:00Z is already 1 February in Chelyabinsk (UTC+5).
    const { io, out } = recorder();
    await roadmapCommand(['--json'], io);
    expect(JSON.parse(out.stdout).asOf).toBe('2024-02-01');
  });

  it('prints a readable Russian table without --json', async () => {
    const { io, out } = recorder();
    expect(await roadmapCommand(['--as-of', '2024-02-01'], io)).toBe(0);
    expect(out.stdout).toContain('Дорожная карта 2023/2024');
    expect(out.stdout).toMatch(/5\.2\.6\.2 «Кем быть\?».*Октябрь.*октябрь 2023.*ДОО +—\n/);
    expect(out.stdout).toMatch(/4\.1 .*комитет +просрочено\n/);
    expect(out.stdout).toMatch(/3\.2 .*декабрь 2023 – январь 2024; май…/);
  });

  it('refuses the built-in roadmap for another school year', async () => {
    const { io, out } = recorder();
    expect(await roadmapCommand(['--school-year', '2024'], io)).toBe(1);
    expect(out.stderr).toContain('составлена на 2023/2024 учебный год, а нужна на 2024/2025');
    expect(out.stdout).toBe('');
  });

  it.each([
    [['--as-of', '2024-02-30']],
    [['--as-of', 'вчера']],
    [['--school-year', 'прошлый']],
    [['--frobnicate']],
    [['лишнее']],
  ])('exits 2 on bad arguments %j', async (args) => {
    const { io, out } = recorder();
    expect(await roadmapCommand(args, io)).toBe(2);
    expect(out.stderr).not.toBe('');
  });

  it('exits 2 when the book cannot be read', async () => {
    const { io, out } = recorder();
    expect(await roadmapCommand(['--book', join(directory, 'нет.xlsx')], io)).toBe(2);
    expect(out.stderr).toContain('не найден');
  });

  it('reads the roadmap of a book: its tab, its school year, its problems', async () => {
    const roadmap = builtinRoadmap();
    const items: RoadmapItem[] = [
      ...roadmap.items.slice(0, 2).map((item) => ({ ...item, period: item.id === '1.2' ? 'Ноябрь' : item.period })),
      { ...roadmap.items[1], id: '1.3', title: 'Новый пункт', period: 'по возможности', windows: [] } as RoadmapItem,
      { ...roadmap.items[1], id: '1.4', title: 'Ещё пункт', period: 'по графику', windows: [] } as RoadmapItem,
    ];
    const path = join(directory, 'book.xlsx');
    const written = await writeWorkbookFile(path, [
      settingsSheet(defaultSettings({ start: 2024 })),
      roadmapSheet({ schoolYear: { start: 2024 }, items }),
    ]);
    expect(written).toEqual({ ok: true });
    const { io, out } = recorder();
    expect(await roadmapCommand(['--book', path, '--json', '--as-of', '2024-12-01'], io)).toBe(1);
    const json = JSON.parse(out.stdout) as { schoolYear: string; items: ItemJson[]; issues: { cell: string }[] };
    expect(json.schoolYear).toBe('2024/2025');
    expect(json.items.map((item) => [item.id, item.windows])).toEqual([
      ['1.1', [{ start: '2024-09-01', end: '2025-08-31' }]],
      ['1.2', [{ start: '2024-11-01', end: '2024-11-30' }]],
      ['1.3', []],
      ['1.4', []],
    ]);
    expect(json.issues).toEqual([
      expect.objectContaining({ cell: 'D4', severity: 'error', code: 'period_unknown_words' }),
      expect.objectContaining({ cell: 'D5', severity: 'warning', code: 'period_no_date' }),
    ]);
    expect(out.stderr).toContain(
      'лист «Дорожная карта», ячейка D4 — ошибка: Пункт 1.3: срок «по возможности» не распознан',
    );
    expect(out.stderr).toContain(
      'лист «Дорожная карта», ячейка D5 — предупреждение: Пункт 1.4: срок «по графику» не называет даты',
    );
  });

  it('reads term deadlines with the term dates of the book’s Настройки', async () => {
    const roadmap = builtinRoadmap();
    const items = [{ ...roadmap.items[1], period: 'II четверть' } as RoadmapItem];
    const settings = { ...defaultSettings({ start: 2024 }), terms: { 2: { start: '2024-11-05', end: '2024-12-28' } } };
    const path = join(directory, 'terms.xlsx');
    const written = await writeWorkbookFile(path, [
      settingsSheet(settings),
      roadmapSheet({ schoolYear: { start: 2024 }, items }),
    ]);
    expect(written).toEqual({ ok: true });
    const { io, out } = recorder();
    expect(await roadmapCommand(['--book', path, '--json', '--as-of', '2024-12-01'], io)).toBe(0);
    expect((JSON.parse(out.stdout) as { items: ItemJson[] }).items[0]?.windows).toEqual([
      { start: '2024-11-05', end: '2024-12-28' },
    ]);
  });

  it('runs through the real command line', () => {
    const output = execFileSync('node', ['bin/profkarta.mjs', 'roadmap', '--json', '--as-of', '2024-02-01'], {
      encoding: 'utf8',
    });
    expect(JSON.parse(output).items).toHaveLength(40);
  });
});
