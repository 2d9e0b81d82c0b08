import { describe, expect, it } from 'vitest';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { normaliseFormText } from '../../core/form/form-text';
import { smallCity } from '../fixtures/small-city';
import { preparedCommittee, schoolFills } from './city';
import { type FakeSheet, sheetNamed, valuesOf } from './fake/model';
import { typeIntoCell } from './fake/spreadsheet-app';
import { committeeFake } from './harness';

/**
 * Issue 12, item 1, through the built dist/Code.js: what a school typed survives «Создать и
 * обновить листы», «Проверить отчёты» and «Собрать сводку», whatever it did to its tab's layout.
 */

const titles = [
  '1. Организация',
  '2. Ответственный за профориентацию',
  '3. Профминимум',
  '4. Исполнение дорожной карты',
  '5. Участие в мероприятиях',
  '6. Повышение квалификации педагогов',
  '7. Рекомендации комитета',
];

/** The committee's spreadsheet with every active tab created and filled by its school (SCH001 submitted). */
function filledCity() {
  const c = smallCity();
  const active = new Set(c.orgs.filter((o) => o.active).map((o) => o.code));
  const fake = committeeFake();
  preparedCommittee(fake, c.orgs);
  const created = fake.run('createOrganisationTabs') as SidebarResult;
  if (!created.ok) throw new Error(created.message);
  for (const grid of c.workbook.reports.filter((s) => active.has(s.name))) schoolFills(fake.committee, grid);
  const tab = (code = 'SCH001') => sheetNamed(fake.committee, code)!;
  return { fake, tab };
}

function rowOf(sheet: FakeSheet, text: string, from = 0): number {
  const wanted = normaliseFormText(text);
  const rows = valuesOf(sheet);
  for (let r = from; r < rows.length; r++) {
    const a = rows[r]?.[0];
    if (typeof a === 'string' && normaliseFormText(a) === wanted) return r;
  }
  return -1;
}

function insertRows(sheet: FakeSheet, at: number, count = 1): void {
  sheet.cells.splice(at, 0, ...Array.from({ length: count }, () => []));
  sheet.rowCount += count;
}

function deleteRow(sheet: FakeSheet, at: number): void {
  sheet.cells.splice(at, 1);
  sheet.rowCount -= 1;
}

/** A school cuts a section (title to the next title) and pastes it before another section's title. */
function moveSection(sheet: FakeSheet, title: string, before: string): void {
  const start = rowOf(sheet, title);
  const next = titles.map((t) => rowOf(sheet, t)).filter((r) => r > start);
  const end = next.length ? Math.min(...next) : sheet.cells.length;
  const cut = sheet.cells.splice(start, end - start);
  sheet.cells.splice(rowOf(sheet, before), 0, ...cut);
}

/** Rows whose column A reads `text`. */
function count(sheet: FakeSheet, text: string): number {
  return valuesOf(sheet).filter((row) => row[0] === text).length;
}

function ok(result: unknown): SidebarResult {
  const r = result as SidebarResult;
  expect(r.ok, r.message).toBe(true);
  return r;
}

describe('what a school typed survives every write of the add-on', () => {
  it('keeps the training rows when the school moved section 7 above section 6 before «Собрать сводку»', () => {
    const { fake, tab } = filledCity();
    const sheet = tab();
    moveSection(sheet, '7. Рекомендации комитета', '6. Повышение квалификации педагогов');
    expect(rowOf(sheet, '7. Рекомендации комитета')).toBeLessThan(rowOf(sheet, '6. Повышение квалификации педагогов'));
    ok(fake.run('buildSummary'));
    const after = tab();
    expect(count(after, 'Петров Иван Сергеевич')).toBe(1);
    const training = rowOf(after, '6. Повышение квалификации педагогов');
    expect(valuesOf(after)[training + 1]?.[0]).toBe('ФИО педагога');
    expect(valuesOf(after)[training + 2]?.slice(0, 3)).toEqual(['Петров Иван Сергеевич', 'Профориентация в школе', 36]);
    expect(rowOf(after, '7. Рекомендации комитета')).toBeGreaterThan(training);
  });

  it.each([
    ['4. Исполнение дорожной карты', 'Пункт', 'выполнено'],
    ['5. Участие в мероприятиях', 'Мероприятие', '5.2.5.1 «День профессии»'],
    ['6. Повышение квалификации педагогов', 'ФИО педагога', 'Петров Иван Сергеевич'],
  ])('does not wipe «%s» when its header row was deleted before «Создать и обновить листы»', (title, header, value) => {
    const { fake, tab } = filledCity();
    const cells = () =>
      valuesOf(tab())
        .flat()
        .filter((v) => v === value).length;
    const before = cells();
    expect(before).toBeGreaterThan(0);
    deleteRow(tab(), rowOf(tab(), title) + 1);
    ok(fake.run('createOrganisationTabs'));
    expect(cells()).toBe(before);
    expect(valuesOf(tab())[rowOf(tab(), title) + 1]?.[0]).toBe(header);
    expect(rowOf(tab(), 'Перенесённые значения')).toBe(-1);
  });

  it('keeps the name when the «ФИО» label was renamed, and the renamed label with its old address', () => {
    const { fake, tab } = filledCity();
    const row = rowOf(tab(), 'ФИО');
    typeIntoCell(fake.committee, tab(), row, 0, 'ФИО ответственного');
    ok(fake.run('createOrganisationTabs'));
    const after = valuesOf(tab());
    expect(after[rowOf(tab(), 'ФИО')]?.slice(0, 2)).toEqual(['ФИО', 'Иванова Анна Петровна']);
    const moved = rowOf(tab(), 'Перенесённые значения');
    expect(after.slice(moved + 3)).toEqual([[`было в A${row + 1}`, 'ФИО ответственного']]);
  });

  it('keeps text typed beside a field, between sections and in inserted rows on upgrade', () => {
    const { fake, tab } = filledCity();
    const book = fake.committee;
    typeIntoCell(book, tab(), rowOf(tab(), 'Должность'), 3, 'с 01.09 — и. о.');
    typeIntoCell(book, tab(), rowOf(tab(), '3. Профминимум') - 1, 0, 'раздел 2 сверен');
    const at = rowOf(tab(), 'Телефон');
    insertRows(tab(), at);
    typeIntoCell(book, tab(), at, 0, 'Второй телефон: 8 (351) 765-43-21');
    const body = rowOf(tab(), '6. Повышение квалификации педагогов') + 3;
    insertRows(tab(), body);
    typeIntoCell(book, tab(), body, 5, 'удостоверение в пути');
    ok(fake.run('createOrganisationTabs'));
    const after = valuesOf(tab());
    expect(after[rowOf(tab(), 'Должность')]?.[3]).toBe('с 01.09 — и. о.');
    expect(after.flat()).toEqual(
      expect.arrayContaining(['раздел 2 сверен', 'Второй телефон: 8 (351) 765-43-21', 'удостоверение в пути']),
    );
    const moved = rowOf(tab(), 'Перенесённые значения');
    // In the order they stood in the tab, each with its old address.
    expect(after.slice(moved + 3).map((r) => r[1])).toEqual(['Второй телефон: 8 (351) 765-43-21', 'раздел 2 сверен']);
  });

  it('leaves an untouched filled tab in place when it is written again: section 6 under its title, one training row', () => {
    const { fake, tab } = filledCity();
    ok(fake.run('checkSubmissions'));
    const before = valuesOf(tab());
    // Force the tab to be written again: its protection drifted, so restoring the protection rewrites it.
    const sheet = tab();
    fake.committee.protections.find((p) => p.sheetId === sheet.sheetId)!.editors.push('intruder@example.org');
    const again = ok(fake.run('restoreProtection'));
    expect(again.ok && again.problems?.map((p) => p.org)).toContain(sheet.title);
    const after = valuesOf(tab());
    expect(after).toEqual(before);
    const title = rowOf(tab(), '6. Повышение квалификации педагогов');
    expect(after[title + 1]?.[0]).toBe('ФИО педагога');
    expect(count(tab(), 'Петров Иван Сергеевич')).toBe(1);
    ok(fake.run('createOrganisationTabs'));
    expect(valuesOf(tab())).toEqual(before);
  });

  it('keeps a note typed over the check-result cell when the check writes its line', () => {
    const { fake, tab } = filledCity();
    typeIntoCell(fake.committee, tab(), 1, 0, 'Отчёт подписан директором');
    ok(fake.run('checkSubmissions'));
    const after = valuesOf(tab());
    expect(String(after[1]?.[0])).toMatch(/^Проверено /);
    const moved = rowOf(tab(), 'Перенесённые значения');
    expect(after.slice(moved + 3)).toEqual([['было в A2', 'Отчёт подписан директором']]);
  });

  it('refuses to write into a tab that is not the form, naming it in the message and in Журнал', () => {
    const { fake, tab } = filledCity();
    const sheet = tab('SCH002');
    sheet.cells = [];
    typeIntoCell(fake.committee, sheet, 0, 0, 'Черновик плана на год');
    const result = ok(fake.run('createOrganisationTabs'));
    expect(result.message).toContain('Лист «SCH002» не похож на форму организации');
    expect(valuesOf(tab('SCH002'))).toEqual([['Черновик плана на год']]);
    const journal = valuesOf(sheetNamed(fake.committee, 'Журнал')!);
    expect(journal.flat().some((v) => String(v).includes('Лист «SCH002» не похож на форму организации'))).toBe(true);
    const build = ok(fake.run('buildSummary'));
    expect(build.message).toContain('SCH002');
    expect(valuesOf(tab('SCH002'))).toEqual([['Черновик плана на год']]);
  });
});
