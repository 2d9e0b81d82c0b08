import { describe, expect, it } from 'vitest';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { smallCity } from '../fixtures/small-city';
import { preparedCommittee, schoolFills, setSetting } from './city';
import { sheetNamed, valuesOf } from './fake/model';
import { typeIntoCell } from './fake/spreadsheet-app';
import { createFakeGas } from './fake/create-fake';
import { committeeFake, owner } from './harness';

function city() {
  const c = smallCity();
  return { c, active: new Set(c.orgs.filter((o) => o.active).map((o) => o.code)) };
}

describe('two spreadsheets: the committee’s and the reports', () => {
  it('keeps the organisation tabs in the reports spreadsheet and the outputs in the committee’s', () => {
    const { c, active } = city();
    const fake = committeeFake();
    const reports = fake.world.createSpreadsheet('Профкарта — отчёты школ', owner);
    preparedCommittee(fake, c.orgs, '01.02.2024', 'в таблице отчётов');
    setSetting(fake.committee, 'Таблица отчётов', `https://docs.google.com/spreadsheets/d/${reports.id}/edit`);
    const setUp = fake.run('setUpSpreadsheet') as SidebarResult;
    expect(setUp.ok, setUp.message).toBe(true);
    expect(sheetNamed(reports, 'Инструкция')).toBeDefined();
    expect((fake.run('createOrganisationTabs') as SidebarResult).ok).toBe(true);
    for (const code of active) {
      expect(sheetNamed(reports, code), code).toBeDefined();
      expect(sheetNamed(fake.committee, code), code).toBeUndefined();
    }
    reports.sheets = reports.sheets.filter((s) => s.title !== 'SCH004');
    for (const grid of c.workbook.reports.filter((s) => active.has(s.name))) schoolFills(reports, grid);
    const build = fake.run('sidebarCall', 'build', null) as SidebarResult;
    expect(build.ok, build.message).toBe(true);
    expect(build.ok && build.counts).toMatchObject({ submitted: 3, errors: 1, empty: 1, missing: 1 });
    expect(sheetNamed(fake.committee, 'Сводка')).toBeDefined();
    expect(sheetNamed(reports, 'Сводка')).toBeUndefined();
    expect(String(valuesOf(sheetNamed(reports, 'SCH003')!)[1]?.[0])).toMatch(/^Проверено/);
    expect(build.ok && build.problems?.find((p) => p.tab === 'SCH003')?.url).toContain(reports.id);
    expect(fake.world.scriptProperties.get('profkarta.reportsId')).toBe(reports.id);
  });
});

describe('hourlyJob', () => {
  it('writes nothing when no tab changed, and re-checks only a changed tab', () => {
    const { c, active } = city();
    const fake = committeeFake();
    preparedCommittee(fake, c.orgs);
    fake.run('createOrganisationTabs');
    for (const grid of c.workbook.reports.filter((s) => active.has(s.name))) schoolFills(fake.committee, grid);
    expect((fake.run('checkSubmissions') as SidebarResult).ok).toBe(true);
    fake.counter.reset();
    const quiet = fake.run('hourlyJob') as SidebarResult;
    expect(quiet.ok, quiet.message).toBe(true);
    expect(fake.counter.get('Sheets.Spreadsheets.batchUpdate')).toBe(0);
    const sch002 = sheetNamed(fake.committee, 'SCH002')!;
    const sch001Line = valuesOf(sheetNamed(fake.committee, 'SCH001')!)[1]?.[0];
    const row = sch002.cells.findIndex((r) => r?.[0]?.value === 'Должность');
    typeIntoCell(fake.committee, sch002, row, 1, 'директор');
    sch002.cells[1]![0]!.value = 'старая строка';
    const changed = fake.run('hourlyJob') as SidebarResult;
    expect(changed.ok, changed.message).toBe(true);
    expect(changed.message).toContain('Перепроверено изменённых листов: 1.');
    expect(String(valuesOf(sch002)[1]?.[0])).toMatch(/^Проверено/);
    expect(valuesOf(sheetNamed(fake.committee, 'SCH001')!)[1]?.[0]).toBe(sch001Line);
  });
});

describe('without the Sheets API service', () => {
  it('says how to switch it on, and notes the failure in Журнал', () => {
    const { c } = city();
    const fake = committeeFake();
    preparedCommittee(fake, c.orgs);
    const off = createFakeGas({ sheetsApi: false, world: fake.world });
    const result = off.run('buildSummary') as SidebarResult;
    expect(result.ok).toBe(false);
    expect(result.message).toContain('Google Sheets API');
    const journal = valuesOf(sheetNamed(fake.committee, 'Журнал')!);
    expect(journal.at(-1)?.[2]).toBe('сборка сводки');
    expect(String(journal.at(-1)?.[4])).toContain('Google Sheets API');
  });
});

describe('sidebarCall', () => {
  it('saves the send hour into Настройки as a number', () => {
    const { c } = city();
    const fake = committeeFake();
    preparedCommittee(fake, c.orgs);
    const saved = fake.run('sidebarCall', 'saveSendHour', { hour: 9 }) as SidebarResult;
    expect(saved.ok, saved.message).toBe(true);
    const settings = valuesOf(sheetNamed(fake.committee, 'Настройки')!);
    expect(settings.find((r) => r[0] === 'Час отправки сводки')?.[1]).toBe(9);
    const bad = fake.run('sidebarCall', 'saveSendHour', { hour: 25 }) as SidebarResult;
    expect(bad.ok).toBe(false);
  });

  it('answers an unknown action with a Russian refusal', () => {
    const fake = committeeFake();
    const result = fake.run('sidebarCall', 'dance', null) as SidebarResult;
    expect(result).toEqual({ ok: false, message: 'Неизвестное действие: dance.' });
  });
});
