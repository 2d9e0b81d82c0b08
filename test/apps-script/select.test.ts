import { describe, expect, it } from 'vitest';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { smallCity } from '../fixtures/small-city';
import { preparedCommittee } from './city';
import { newSheet } from './fake/model';
import { committeeFake } from './harness';

function withTab() {
  const fake = committeeFake();
  fake.committee.sheets.push(newSheet(fake.world.nextSheetId(), 'SCH001', 200, 8));
  return fake;
}

describe('sidebarCall select (clicking a problem in the sidebar)', () => {
  it('activates the tab and cell in the open spreadsheet, for anyone, without a Журнал line', () => {
    const fake = withTab();
    const result = fake.as('petrov@example.org', 'sidebarCall', 'select', {
      tab: 'SCH001',
      cell: 'B14',
    }) as SidebarResult;
    expect(result).toEqual({ ok: true, message: 'Открыта ячейка B14 на листе «SCH001».' });
    expect(fake.world.selection).toEqual({
      spreadsheetId: fake.committee.id,
      tab: 'SCH001',
      r0: 13,
      c0: 1,
      r1: 14,
      c1: 2,
    });
    expect(fake.committee.sheets.map((s) => s.title)).not.toContain('Журнал');
  });

  it('activates the tab alone when the problem has no cell', () => {
    const fake = withTab();
    const result = fake.run('sidebarCall', 'select', { tab: 'SCH001', cell: null }) as SidebarResult;
    expect(result.ok).toBe(true);
    expect(fake.world.selection).toMatchObject({ tab: 'SCH001', r0: 0, c0: 0 });
  });

  it('answers ok:false in Russian, selecting nothing, for a tab of the reports spreadsheet', () => {
    const fake = withTab();
    const reports = fake.world.createSpreadsheet('Профкарта — отчёты', 'ivanova@example.ru');
    reports.sheets.push(newSheet(fake.world.nextSheetId(), 'SCH002'));
    const result = fake.run('sidebarCall', 'select', { tab: 'SCH002', cell: 'B14' }) as SidebarResult;
    expect(result).toEqual({ ok: false, message: 'Листа «SCH002» нет в этой таблице.' });
    expect(fake.world.selection).toBeNull();
  });

  it.each([
    [{ tab: 'SCH001', cell: 'B900' }, /её нет на листе/],
    [{ tab: 'SCH001', cell: 'Z5' }, /её нет на листе/],
    [{ tab: 'SCH001', cell: 'не ячейка' }, /не читается: ожидается адрес вида B14/],
    [{ tab: 'SCH001', cell: 14 }, /не читается/],
    [{ tab: '', cell: 'B14' }, /Не указан лист/],
    [null, /Не указан лист/],
  ])('never throws: %j answers ok:false with %s', (payload, message) => {
    const fake = withTab();
    const result = fake.run('sidebarCall', 'select', payload) as SidebarResult;
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(message);
    expect(fake.world.selection).toBeNull();
  });

  it('tells the sidebar which spreadsheet it is open in, so links into another one are followed', () => {
    const fake = committeeFake();
    preparedCommittee(fake, smallCity().orgs);
    const result = fake.run('sidebarCall', 'state', null) as SidebarResult;
    expect(result.ok && result.state?.spreadsheetId).toBe(fake.committee.id);
  });
});
