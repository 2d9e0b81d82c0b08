import { describe, expect, it } from 'vitest';
import { committeeTabNames, tabNames } from '../../core/grid/tab-names';
import { builtinRoadmap } from '../../core/roadmap/builtin-roadmap';
import { roadmapSheet } from '../../core/roadmap/roadmap-sheet';
import { sheetNamed, snapshot, valuesOf } from './fake/model';
import { committeeFake, owner } from './harness';

describe('setUpSpreadsheet', () => {
  it('creates the committee tabs, protected, with the owner as committee staff', () => {
    const fake = committeeFake();
    const result = fake.run('setUpSpreadsheet') as { ok: boolean; message: string };
    expect(result.ok, result.message).toBe(true);
    const titles = fake.committee.sheets.map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining([...committeeTabNames, tabNames.journal, 'Лист1']));
    expect(sheetNamed(fake.committee, 'Состояние')?.hidden).toBe(true);
    const settings = valuesOf(sheetNamed(fake.committee, 'Настройки')!);
    expect(settings.find((r) => r[0] === 'Сотрудники комитета')?.[1]).toBe(owner);
    const roadmap = valuesOf(sheetNamed(fake.committee, 'Дорожная карта')!);
    expect(roadmap.length).toBeGreaterThan(30);
    for (const title of committeeTabNames) {
      const sheet = sheetNamed(fake.committee, title)!;
      const protections = fake.committee.protections.filter((p) => p.sheetId === sheet.sheetId);
      expect(
        protections.map((p) => p.editors),
        title,
      ).toEqual([[owner]]);
    }
    expect(fake.world.documentProperties.get('profkarta.committeeId')).toBe(fake.committee.id);
  });

  it('fills «Дорожная карта» with the order, unpacked in the bundle, exactly as the core lays it out', () => {
    const fake = committeeFake();
    fake.run('setUpSpreadsheet');
    const written = valuesOf(sheetNamed(fake.committee, 'Дорожная карта')!);
    const expected = roadmapSheet(builtinRoadmap()).rows;
    expect(written.map((r) => r.slice(0, 3))).toEqual(expected.map((r) => r.slice(0, 3).map((v) => v ?? '')));
  });

  it('changes nothing and writes nothing when run twice', () => {
    const fake = committeeFake();
    fake.run('setUpSpreadsheet');
    const before = snapshot(fake.committee);
    fake.counter.reset();
    const second = fake.run('setUpSpreadsheet') as { ok: boolean; message: string };
    expect(second.ok).toBe(true);
    expect(second.message).toContain('ничего не изменено');
    expect(snapshot(fake.committee)).toEqual(before);
    expect(fake.counter.get('Sheets.Spreadsheets.batchUpdate')).toBe(0);
  });

  it('never overwrites a tab the committee already has', () => {
    const fake = committeeFake();
    fake.run('setUpSpreadsheet');
    const sheet = sheetNamed(fake.committee, 'Организации')!;
    sheet.cells[1] = [{ value: 'S1', format: {} }];
    fake.run('setUpSpreadsheet');
    expect(valuesOf(sheetNamed(fake.committee, 'Организации')!)[1]?.[0]).toBe('S1');
  });

  it('refuses anyone but the owner before the staff list exists, and a user without an email', () => {
    const fake = committeeFake();
    fake.share('petrov@example.org');
    const stranger = fake.as('petrov@example.org', 'setUpSpreadsheet') as { ok: boolean; message: string };
    expect(stranger.ok).toBe(false);
    expect(stranger.message).toContain('владельцу');
    const anonymous = fake.as('', 'setUpSpreadsheet') as { ok: boolean; message: string };
    expect(anonymous.ok).toBe(false);
    expect(anonymous.message).toContain('адрес электронной почты');
    expect(fake.committee.sheets.map((s) => s.title)).toEqual(['Лист1']);
  });
});
