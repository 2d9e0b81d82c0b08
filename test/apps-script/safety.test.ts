import { describe, expect, it } from 'vitest';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { smallCity } from '../fixtures/small-city';
import { preparedCommittee, schoolFills, setSetting } from './city';
import { type FakeSpreadsheet, sheetNamed, valuesOf } from './fake/model';
import { committeeFake } from './harness';
import { outputTabNames } from '../../core/grid/tab-names';

function filledCity() {
  const city = smallCity();
  const fake = committeeFake();
  preparedCommittee(fake, city.orgs);
  fake.run('createOrganisationTabs');
  const active = new Set(city.orgs.filter((o) => o.active).map((o) => o.code));
  for (const grid of city.workbook.reports.filter((s) => active.has(s.name))) schoolFills(fake.committee, grid);
  return { city, fake };
}

const outputTabs = outputTabNames;

function formulasIn(book: FakeSpreadsheet, titles: readonly string[]): string[] {
  return titles.flatMap((t) =>
    (sheetNamed(book, t)?.cells ?? []).flatMap((row) => (row ?? []).flatMap((c) => (c?.formula ? [c.formula] : []))),
  );
}

describe('who may run committee actions', () => {
  it('refuses a user who is not committee staff, and one whose email is hidden', () => {
    const { fake } = filledCity();
    fake.share('petrov@example.org');
    for (const user of ['petrov@example.org', '']) {
      for (const call of [
        () => fake.as(user, 'buildSummary'),
        () => fake.as(user, 'setUpSpreadsheet'),
        () => fake.as(user, 'sidebarCall', 'build', null),
      ]) {
        const result = call() as SidebarResult;
        expect(result.ok).toBe(false);
        expect(result.message).toMatch(user ? /только сотрудникам комитета/ : /адрес электронной почты/);
      }
    }
    expect(sheetNamed(fake.committee, 'Сводка')).toBeUndefined();
  });

  // The organisation tabs were protected (locked cells: ivanova) before petrova joined «Сотрудники
  // комитета», and Sheets refuses a write to a protected range by a user who is not one of its editors
  // (https://support.google.com/docs/answer/1218656): the build writes the check line and section 7.
  // «Восстановить защиту», run by the committee, makes petrova an editor of every protection first.
  it('lets a colleague build once the committee lists them and restores the protections', () => {
    const { fake } = filledCity();
    setSetting(fake.committee, 'Сотрудники комитета', 'ivanova@example.ru, petrova@example.ru');
    fake.share('petrova@example.ru');
    const restored = fake.run('restoreProtection') as SidebarResult;
    expect(restored.ok, restored.message).toBe(true);
    const result = fake.as('petrova@example.ru', 'buildSummary') as SidebarResult;
    expect(result.ok, result.message).toBe(true);
  });

  it('answers the sidebar state to anyone, saying whether they are committee', () => {
    const { fake } = filledCity();
    fake.share('petrov@example.org', 'reader');
    const state = fake.as('petrov@example.org', 'sidebarCall', 'state', null) as SidebarResult;
    expect(state.ok).toBe(true);
    expect(state.ok && state.state?.isCommittee).toBe(false);
  });
});

describe('text stays text', () => {
  it("writes a school's =IMPORTXML(…) into the outputs as text, never as a formula", () => {
    const { fake } = filledCity();
    const tab = sheetNamed(fake.committee, 'SCH001')!;
    const values = valuesOf(tab);
    const row = values.findIndex((r) => typeof r[5] === 'string' && String(r[5]).startsWith('Приказ №'));
    expect(row).toBeGreaterThan(0);
    const evil = '=IMPORTXML("https://example.org/x";"//a") № 5 от 01.10.2023';
    tab.cells[row]![5] = { value: evil, format: { numberFormat: { type: 'TEXT' } } };
    const build = fake.run('buildSummary') as SidebarResult;
    expect(build.ok, build.message).toBe(true);
    const registry = valuesOf(sheetNamed(fake.committee, 'Реестр приказов')!).flat();
    expect(registry).toContain(evil);
    expect(formulasIn(fake.committee, outputTabs)).toEqual([]);
  });

  it('keeps 1.2 and +7 351 … written by the add-on as text', () => {
    const { fake } = filledCity();
    fake.run('buildSummary');
    const roadmap = sheetNamed(fake.committee, 'Дорожная карта')!;
    const item = roadmap.cells.flat().find((c) => c?.value === '1.2');
    expect(item?.value).toBe('1.2');
    expect(item?.format.numberFormat?.type).toBe('TEXT');
    const phones = valuesOf(sheetNamed(fake.committee, 'Ответственные')!)
      .flat()
      .filter((v) => typeof v === 'string' && v.startsWith('+7'));
    expect(phones).toContain('+7 351 123-45-67');
    expect(formulasIn(fake.committee, [...outputTabs, 'Дорожная карта', 'Настройки', 'Организации'])).toEqual([]);
  });
});
