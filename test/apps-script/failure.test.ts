import { describe, expect, it } from 'vitest';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { smallCity } from '../fixtures/small-city';
import { preparedCommittee, schoolFills, setSetting } from './city';
import { sheetNamed, snapshot, valuesOf } from './fake/model';
import { committeeFake } from './harness';

function builtCity() {
  const city = smallCity();
  const fake = committeeFake();
  preparedCommittee(fake, city.orgs);
  fake.run('createOrganisationTabs');
  const active = new Set(city.orgs.filter((o) => o.active).map((o) => o.code));
  for (const grid of city.workbook.reports.filter((s) => active.has(s.name))) schoolFills(fake.committee, grid);
  const first = fake.run('buildSummary') as SidebarResult;
  if (!first.ok) throw new Error(first.message);
  return { city, fake };
}

function withoutJournal(fake: ReturnType<typeof committeeFake>) {
  const copy = snapshot(fake.committee) as { sheets: { title: string }[] };
  return { ...copy, sheets: copy.sheets.filter((s) => s.title !== 'Журнал') };
}

describe('a build that fails part-way', () => {
  it('leaves every tab as it was and says so in the result and in Журнал', () => {
    const { fake } = builtCity();
    const before = withoutJournal(fake);
    fake.world.failBatch = { okBefore: 0, message: 'Internal error encountered.' };
    const result = fake.run('buildSummary') as SidebarResult;
    expect(result.ok).toBe(false);
    expect(result.message).toContain('Internal error encountered.');
    expect(withoutJournal(fake)).toEqual(before);
    const journal = valuesOf(sheetNamed(fake.committee, 'Журнал')!);
    expect(journal.at(-1)?.[2]).toBe('сборка сводки');
    expect(journal.at(-1)?.[4]).toContain('Internal error encountered.');
    expect(fake.world.logs.some((l) => l.level === 'error')).toBe(true);
  });
});

describe('one build at a time', () => {
  it('refuses a second build started while the first writes, naming who builds and since when', () => {
    const { fake } = builtCity();
    setSetting(fake.committee, 'Сотрудники комитета', 'ivanova@example.ru, petrova@example.ru');
    fake.share('petrova@example.ru');
    let second: SidebarResult | null = null;
    fake.world.onBatchUpdate = () => {
      fake.world.onBatchUpdate = null;
      second = fake.as('petrova@example.ru', 'sidebarCall', 'build', null) as SidebarResult;
    };
    const first = fake.run('buildSummary') as SidebarResult;
    expect(first.ok, first.message).toBe(true);
    const refused = second as SidebarResult | null;
    expect(refused?.ok).toBe(false);
    expect(refused?.message).toMatch(/сборка сводки \(запуск — ivanova@example\.ru, \d\d\.\d\d\.\d{4} \d\d:\d\d\)/);
    expect(refused?.message).not.toContain('(а)');
    // The lease is released: a build afterwards runs (the owner's: petrova is not an editor of the
    // organisation tabs' protections, see safety.test.ts).
    expect((fake.run('buildSummary') as SidebarResult).ok).toBe(true);
  });

  it('shows the running build in the sidebar state', () => {
    const { fake } = builtCity();
    let state: SidebarResult | null = null;
    fake.world.onBatchUpdate = () => {
      fake.world.onBatchUpdate = null;
      state = fake.run('sidebarCall', 'state', null) as SidebarResult;
    };
    fake.run('buildSummary');
    const seen = state as SidebarResult | null;
    expect(seen?.ok && seen.state?.lease?.who).toBe('ivanova@example.ru');
  });
});

describe('rebuilding the output tabs', () => {
  it('keeps their gids and trims them to their content', () => {
    const { fake } = builtCity();
    const gids = new Map(fake.committee.sheets.map((s) => [s.title, s.sheetId]));
    const check = sheetNamed(fake.committee, 'Проверка')!;
    const rowsBefore = check.rowCount;
    // SCH003 fixes its error: `Проверка` gets shorter.
    const sch003 = sheetNamed(fake.committee, 'SCH003')!;
    const row = sch003.cells.findIndex((r) => r?.[0]?.value === 'Охвачено профминимумом 6–9 классов');
    sch003.cells[row]![1]!.value = '100';
    expect((fake.run('buildSummary') as SidebarResult).ok).toBe(true);
    for (const sheet of fake.committee.sheets)
      if (gids.has(sheet.title)) expect(sheet.sheetId, sheet.title).toBe(gids.get(sheet.title));
    const after = sheetNamed(fake.committee, 'Проверка')!;
    expect(after.rowCount).toBeLessThan(rowsBefore);
    expect(after.rowCount).toBe(Math.max(valuesOf(after).length, after.frozenRows + 1));
    // The fixed cell lost its mark.
    expect(sch003.cells[row]![1]!.note).toBeUndefined();
    expect(sch003.cells[row]![1]!.format.background).toBeUndefined();
  });
});
