import { describe, expect, it } from 'vitest';
import { smallCity } from '../fixtures/small-city';
import { preparedCommittee, schoolFills } from './city';
import { sheetNamed, valuesOf } from './fake/model';
import { committeeFake } from './harness';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { outputTabNames } from '../../core/grid/tab-names';

function cityFake() {
  const city = smallCity();
  const fake = committeeFake();
  preparedCommittee(fake, city.orgs);
  return { city, fake };
}

describe('the add-on from an empty spreadsheet', () => {
  it('sets up, creates the tabs, lets schools fill them, checks and builds', () => {
    const { city, fake } = cityFake();
    const tabs = fake.run('sidebarCall', 'createTabs', null) as SidebarResult;
    expect(tabs.ok, tabs.message).toBe(true);
    const active = city.orgs.filter((o) => o.active).map((o) => o.code);
    for (const code of active) expect(sheetNamed(fake.committee, code), code).toBeDefined();
    expect(sheetNamed(fake.committee, 'SCH005')).toBeUndefined();
    // SCH004 never got its tab (deleted by hand), the others fill theirs.
    fake.committee.sheets = fake.committee.sheets.filter((s) => s.title !== 'SCH004');
    for (const grid of city.workbook.reports.filter((s) => active.includes(s.name))) schoolFills(fake.committee, grid);

    const check = fake.run('sidebarCall', 'check', null) as SidebarResult;
    expect(check.ok, check.message).toBe(true);
    if (!check.ok) return;
    expect(check.counts).toMatchObject({ submitted: 3, errors: 1, empty: 1, missing: 1 });
    const sch003 = sheetNamed(fake.committee, 'SCH003')!;
    expect(valuesOf(sch003)[1]?.[0]).toMatch(
      /^Проверено \d\d\.\d\d\.\d{4} \d\d:\d\d на дату отчёта 01\.02\.2024: 1 ошибка/,
    );
    const marked = sch003.cells.flatMap((row) => (row ?? []).filter((c) => c?.note));
    expect(marked).toHaveLength(1);
    expect(marked[0]?.note).toContain('Ошибка');
    expect(marked[0]?.format.background).toBe('#f4cccc');
    expect(check.problems?.[0]?.url).toMatch(/#gid=\d+&range=[A-Z]+\d+$/);
    // The sidebar is told how many problems there are in all and where they are listed.
    expect(check.problemsTotal).toBe(check.problems?.length);
    expect(check.problemsTab).toBe('Проверка');

    const build = fake.run('sidebarCall', 'build', null) as SidebarResult;
    expect(build.ok, build.message).toBe(true);
    for (const tab of outputTabNames) {
      expect(sheetNamed(fake.committee, tab), tab).toBeDefined();
    }
    const journal = valuesOf(sheetNamed(fake.committee, 'Журнал')!);
    expect(journal.map((r) => r[2])).toEqual(expect.arrayContaining(['настройка', 'проверка', 'сборка сводки']));
  });
});
