import { describe, expect, it } from 'vitest';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { smallCity } from '../fixtures/small-city';
import { preparedCommittee, schoolFills, setSetting } from './city';
import { createFakeGas, type FakeGas } from './fake/create-fake';
import type { MailAppFake } from './fake/mail-app';
import { type FakeSpreadsheet, sheetNamed, snapshot, valuesOf } from './fake/model';
import { typeIntoCell } from './fake/spreadsheet-app';
import { FakeWorld } from './fake/world';
import { type CommitteeFake, committeeFake, owner } from './harness';

/** 1 March 2024, 08:00 in Chelyabinsk. */
const firstOfMarch = Date.parse('2024-03-01T03:00:00Z');

/** The small city set up by the owner, tabs created and filled; `Сотрудники комитета` as given. */
function city(staff: string): CommitteeFake {
  const data = smallCity();
  const fake = committeeFake({ world: new FakeWorld({ now: firstOfMarch }) });
  preparedCommittee(fake, data.orgs);
  setSetting(fake.committee, 'Получатели сводки', 'head@example.ru');
  fake.run('createOrganisationTabs');
  const active = new Set(data.orgs.filter((o) => o.active).map((o) => o.code));
  for (const grid of data.workbook.reports.filter((s) => active.has(s.name))) schoolFills(fake.committee, grid);
  fake.run('buildSummary');
  setSetting(fake.committee, 'Сотрудники комитета', staff);
  return fake;
}

/** Runs a time-driven handler: no active document, no active user, as `installer`. */
function fire(fake: FakeGas, handler: string, installer: string): SidebarResult {
  const { activeId, activeUser, effectiveUser } = fake.world;
  fake.world.activeId = null;
  fake.world.activeUser = '';
  fake.world.effectiveUser = installer;
  try {
    return fake.run(handler) as SidebarResult;
  } finally {
    fake.world.activeId = activeId;
    fake.world.activeUser = activeUser;
    fake.world.effectiveUser = effectiveUser;
  }
}

const journal = (book: FakeSpreadsheet) =>
  valuesOf(sheetNamed(book, 'Журнал')!).map((r) => r.map((v) => String(v ?? '')));

const orgTabs = (book: FakeSpreadsheet) =>
  JSON.stringify(book.sheets.filter((s) => /^SCH/.test(s.title)).map((s) => [s.title, s.cells]));

describe('with «Сотрудники комитета» empty, only the owner acts, on every path', () => {
  it('refuses a monthly trigger installed by a non-owner: no email, and Журнал says why', () => {
    const fake = city('');
    fake.share('petrov@example.org');
    // In `в этой таблице` «Журнал» is the committee's only (one-file.test.ts): as a spreadsheet an
    // older version set up, with it open, the refusal is logged.
    const log = sheetNamed(fake.committee, 'Журнал')!.sheetId;
    fake.committee.protections = fake.committee.protections.filter((p) => p.sheetId !== log);
    const result = fire(fake, 'monthlyJob', 'petrov@example.org');
    expect(result.ok).toBe(false);
    expect(result.message).toContain(`владельца таблицы (${owner})`);
    expect((fake.globals.MailApp as MailAppFake).sent).toEqual([]);
    expect(journal(fake.committee).at(-1)).toEqual([
      expect.any(String),
      'petrov@example.org',
      'отправка сводки',
      'отказ',
      result.message,
    ]);
  });

  it('refuses an hourly trigger installed by a non-owner: nothing is written into the tabs', () => {
    const fake = city('');
    fake.share('petrov@example.org');
    // Protections would stop petrov's writes anyway; the guard must stop him before any write.
    fake.committee.protections.length = 0;
    const sch = sheetNamed(fake.committee, 'SCH001')!;
    // An hour later the school types a wrong phone: a re-check would mark the cell.
    fake.world.advance(60 * 60 * 1000);
    const row = sch.cells.findIndex((r) => r?.[0]?.value === 'Телефон');
    typeIntoCell(fake.committee, sch, row, 1, 'не знаю');
    const before = orgTabs(fake.committee);
    const result = fire(fake, 'hourlyJob', 'petrov@example.org');
    expect(result.ok).toBe(false);
    expect(result.message).toContain(`владельца таблицы (${owner})`);
    expect(orgTabs(fake.committee)).toBe(before);
    // The owner's hourly trigger does mark the cell: the test would see a write.
    expect(fire(fake, 'hourlyJob', owner).ok).toBe(true);
    expect(orgTabs(fake.committee)).not.toBe(before);
  });

  it('runs the owner’s triggers', () => {
    const fake = city('');
    expect(fire(fake, 'monthlyJob', owner).ok).toBe(true);
    expect((fake.globals.MailApp as MailAppFake).sent).toHaveLength(1);
  });

  it('refuses a trigger whose account Google does not disclose', () => {
    const fake = city(owner);
    const result = fire(fake, 'hourlyJob', '');
    expect(result.ok).toBe(false);
    expect(result.message).toContain('от чьего имени работает триггер');
  });

  it('refuses a non-owner from the menu and the sidebar, naming the owner', () => {
    const fake = city('');
    fake.share('petrov@example.org');
    for (const result of [
      fake.as('petrov@example.org', 'buildSummary'),
      fake.as('petrov@example.org', 'sidebarCall', 'remind', null),
    ] as SidebarResult[]) {
      expect(result.ok).toBe(false);
      expect(result.message).toContain(`владельцу таблицы комитета (${owner})`);
    }
  });
});

describe('sidebarCall', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('refuses the unknown name %s', (name) => {
    const fake = committeeFake();
    const result = fake.run('sidebarCall', name, null) as SidebarResult;
    expect(result).toEqual({ ok: false, message: `Неизвестное действие: ${name}.` });
  });
});

/** A committee spreadsheet in a shared drive: no owner; two colleagues can edit it. */
function sharedDrive(): FakeGas & { committee: FakeSpreadsheet } {
  const world = new FakeWorld({ now: firstOfMarch });
  const committee = world.createSpreadsheet('Профкарта — комитет', '');
  committee.editors.push('metodist@example.ru', 'kolesova@example.ru');
  world.activeId = committee.id;
  world.activeUser = 'metodist@example.ru';
  world.effectiveUser = 'metodist@example.ru';
  return { ...createFakeGas({ world }), committee };
}

function asUser(fake: FakeGas, user: string, name: string, ...args: unknown[]): SidebarResult {
  const { activeUser, effectiveUser } = fake.world;
  fake.world.activeUser = user;
  fake.world.effectiveUser = user;
  try {
    return fake.run(name, ...args) as SidebarResult;
  } finally {
    fake.world.activeUser = activeUser;
    fake.world.effectiveUser = effectiveUser;
  }
}

describe('a committee spreadsheet in a shared drive (no owner)', () => {
  it('tells how to start: «Настроить таблицу» and confirm being the first member', () => {
    const fake = sharedDrive();
    const refused = fake.run('checkSubmissions') as SidebarResult;
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain('нет владельца');
    expect(refused.message).toContain('«Настроить таблицу»');
    expect(refused.message).toContain('первый сотрудник комитета');
    const state = fake.run('sidebarCall', 'state', null) as SidebarResult;
    expect(state.ok && state.state).toMatchObject({ isCommittee: false, firstMember: true });
    expect(state.ok && state.state?.refusal).toBe(refused.message);
  });

  it('records the user who confirms as the first member, logged in Журнал; then the list governs', () => {
    const fake = sharedDrive();
    const result = fake.run('setUpSpreadsheet') as SidebarResult;
    expect(result.ok, result.message).toBe(true);
    expect(fake.world.shown.filter((s) => s.kind === 'alert').map((s) => s.text)).toEqual([
      expect.stringContaining('Записать ваш адрес metodist@example.ru первым сотрудником комитета?'),
    ]);
    const settings = valuesOf(sheetNamed(fake.committee, 'Настройки')!);
    expect(settings.find((r) => r[0] === 'Сотрудники комитета')?.[1]).toBe('metodist@example.ru');
    const line = journal(fake.committee).at(-1)!;
    expect(line.slice(1, 3)).toEqual(['metodist@example.ru', 'настройка']);
    expect(line[3]).toContain('Первым сотрудником комитета записан(а) metodist@example.ru');
    expect(asUser(fake, 'kolesova@example.ru', 'setUpSpreadsheet').message).toContain('только сотрудникам комитета');
    expect((fake.run('setUpSpreadsheet') as SidebarResult).ok).toBe(true);
  });

  it('writes the first member into an existing Настройки whose list is empty, from the sidebar too', () => {
    const fake = sharedDrive();
    fake.run('setUpSpreadsheet');
    // Committee tabs made before, unprotected, with an empty list.
    fake.committee.protections.length = 0;
    setSetting(fake.committee, 'Сотрудники комитета', '');
    const result = asUser(fake, 'kolesova@example.ru', 'sidebarCall', 'setUp', null);
    expect(result.ok, result.message).toBe(true);
    const settings = valuesOf(sheetNamed(fake.committee, 'Настройки')!);
    expect(settings.find((r) => r[0] === 'Сотрудники комитета')?.[1]).toBe('kolesova@example.ru');
    expect(journal(fake.committee).at(-1)?.[3]).toContain('записан(а) kolesova@example.ru');
  });

  it('changes nothing when the user answers «Нет»', () => {
    const fake = sharedDrive();
    fake.world.alertAnswer = 'NO';
    const before = snapshot(fake.committee);
    const result = fake.run('setUpSpreadsheet') as SidebarResult;
    expect(result.ok).toBe(false);
    expect(result.message).toContain('не подтвердили');
    expect(snapshot(fake.committee)).toEqual(before);
  });
});

describe('Журнал without the Sheets API', () => {
  it.each([
    // Lower case: the add-on writes the address as Session gives it, lower-cased.
    '=hyperlink("https://example.org";"x")@example.ru',
    '+7 351 123-45-67@example.ru',
    '-1@example.ru',
    '@example.ru',
  ])('writes %s as typed text, never as a formula', (who) => {
    const world = new FakeWorld({ now: firstOfMarch });
    const committee = world.createSpreadsheet('Профкарта — комитет', who);
    world.activeId = committee.id;
    world.activeUser = who;
    world.effectiveUser = who;
    const fake = createFakeGas({ world, sheetsApi: false });
    const result = fake.run('checkSubmissions') as SidebarResult;
    expect(result.ok).toBe(false);
    const tab = sheetNamed(committee, 'Журнал')!;
    expect(valuesOf(tab)[0]).toEqual(['Когда', 'Кто', 'Действие', 'Итог', 'Сбой']);
    expect(valuesOf(tab)[1]?.slice(1, 4)).toEqual([who, 'проверка', 'сбой']);
    expect(tab.cells.flat().filter((c) => c?.formula)).toEqual([]);
  });
});

describe('the sidebar state', () => {
  it('warns when today, with no Дата отчёта, falls outside the roadmap’s school year', () => {
    const fake = committeeFake({ world: new FakeWorld({ now: Date.parse('2026-11-30T05:00:00Z') }) });
    fake.run('setUpSpreadsheet');
    const state = fake.run('sidebarCall', 'state', null) as SidebarResult;
    expect(state.ok && state.state?.reportDateWarning).toMatch(
      /^Дата отчёта 30\.11\.2026 \(сегодня: «Дата отчёта» в «Настройках» не указана\) лежит вне учебного года 2023\/2024/,
    );
    setSetting(fake.committee, 'Дата отчёта', '01.02.2024');
    const inside = fake.run('sidebarCall', 'state', null) as SidebarResult;
    expect(inside.ok && inside.state?.reportDateWarning).toBeNull();
  });
});
