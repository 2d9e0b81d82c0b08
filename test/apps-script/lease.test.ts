import { describe, expect, it } from 'vitest';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { smallCity } from '../fixtures/small-city';
import { preparedCommittee, schoolFills, setSetting } from './city';
import { lockTimeoutMessage } from './fake/lock-service';
import type { MailAppFake } from './fake/mail-app';
import { sheetNamed, valuesOf } from './fake/model';
import type { FakeTrigger, ScriptAppFake } from './fake/script-app';
import { FakeWorld } from './fake/world';
import { type CommitteeFake, committeeFake, owner } from './harness';

/** 1 March 2024, 08:00 in Chelyabinsk: the monthly trigger's hour. */
const firstOfMarch = Date.parse('2024-03-01T03:00:00Z');

/** The small city, set up, tabs created and filled, with a recipient; the clock at `now`. */
function city(now = firstOfMarch): CommitteeFake {
  const data = smallCity();
  const fake = committeeFake({ world: new FakeWorld({ now }) });
  preparedCommittee(fake, data.orgs);
  setSetting(fake.committee, 'Получатели сводки', 'head@example.ru');
  const tabs = fake.run('createOrganisationTabs') as SidebarResult;
  if (!tabs.ok) throw new Error(tabs.message);
  const active = new Set(data.orgs.filter((o) => o.active).map((o) => o.code));
  for (const grid of data.workbook.reports.filter((s) => active.has(s.name))) schoolFills(fake.committee, grid);
  return fake;
}

/** Runs a time-driven handler as Apps Script does: no active document, no active user, as the installer. */
const fire = (fake: CommitteeFake, handler: string, installer = owner) =>
  fake.fire(handler, installer) as SidebarResult;

const mailOf = (fake: CommitteeFake) => fake.globals.MailApp as MailAppFake;
const triggersOf = (fake: CommitteeFake): FakeTrigger[] => (fake.globals.ScriptApp as ScriptAppFake).triggers;
const journal = (fake: CommitteeFake) =>
  valuesOf(sheetNamed(fake.committee, 'Журнал')!).map((r) => r.map((v) => String(v ?? '')));

/** Runs `during` from inside the next `batchUpdate` of the action `run` (a second execution meanwhile). */
function during<T>(
  fake: CommitteeFake,
  run: () => SidebarResult,
  second: () => T,
): { first: SidebarResult; second: T } {
  let seen: { value: T } | null = null;
  fake.world.onBatchUpdate = () => {
    fake.world.onBatchUpdate = null;
    seen = { value: second() };
  };
  const first = run();
  if (!seen) throw new Error('the first action wrote nothing');
  return { first, second: (seen as { value: T }).value };
}

describe('one lease for every writing action', () => {
  it('refuses a monthly trigger that fires during a menu build, and the menu build completes', () => {
    const fake = city();
    const { first, second } = during(
      fake,
      () => fake.run('buildSummary') as SidebarResult,
      () => fire(fake, 'monthlyJob'),
    );
    expect(first.ok, first.message).toBe(true);
    expect(second.ok, second.message).toBe(true);
    expect(second.message).toMatch(/^Ежемесячная рассылка отложена: идёт другое действие Профкарты — сборка сводки/);
    expect(second.message).toContain(`запуск — ${owner}, 01.03.2024 08:`);
    expect(mailOf(fake).sent).toHaveLength(0);
    expect(valuesOf(sheetNamed(fake.committee, 'История')!).some((r) => r[1] === 'ежемесячная')).toBe(false);
  });

  it('retries the monthly send later the same day through a one-off trigger, logged in Журнал, and sends once', () => {
    const fake = city();
    during(
      fake,
      () => fake.run('buildSummary') as SidebarResult,
      () => fire(fake, 'monthlyJob'),
    );
    const retries = triggersOf(fake).filter((t) => t.handler === 'monthlyRetry');
    expect(retries).toEqual([expect.objectContaining({ user: owner, runAt: expect.any(Number) })]);
    const runAt = retries[0]!.runAt!;
    expect(runAt - fake.world.now).toBeGreaterThan(0);
    expect(new Date(runAt).toISOString().slice(0, 10)).toBe('2024-03-01');
    expect(
      journal(fake).some(
        (r) => r[1] === 'триггер' && /^Ежемесячная рассылка отложена: .*Повтор сегодня около \d\d:\d\d\.$/.test(r[3]!),
      ),
    ).toBe(true);

    fake.world.now = runAt;
    const retry = fire(fake, 'monthlyRetry');
    expect(retry.ok, retry.message).toBe(true);
    expect(mailOf(fake).sent).toHaveLength(1);
    // The fired one-off trigger is gone; the monthly trigger fires again: the month is already sent.
    expect(triggersOf(fake).filter((t) => t.handler === 'monthlyRetry')).toEqual([]);
    expect(fire(fake, 'monthlyJob').message).toContain('уже отправлена');
    expect(mailOf(fake).sent).toHaveLength(1);
  });

  it('never skips the month in silence: with no time left in the day, Журнал says to send by hand', () => {
    const fake = city(Date.parse('2024-03-01T18:50:00Z')); // 23:50 in Chelyabinsk
    const { second } = during(
      fake,
      () => fake.run('buildSummary') as SidebarResult,
      () => fire(fake, 'monthlyJob'),
    );
    expect(second.ok).toBe(false);
    expect(second.message).toContain('«Отправить сводку сейчас»');
    expect(triggersOf(fake).filter((t) => t.handler === 'monthlyRetry')).toEqual([]);
    const line = journal(fake).find((r) => r[1] === 'триггер' && r[2] === 'отправка сводки');
    expect(line?.[4]).toContain('сводка за этот месяц не отправлена');
  });

  it.each([
    ['Настроить таблицу', 'setUpSpreadsheet'],
    ['Создать и обновить листы', 'createOrganisationTabs'],
    ['Проверить отчёты', 'checkSubmissions'],
    ['Напомнить не сдавшим', 'remindLate'],
    ['Отправить сводку сейчас', 'sendSummaryNow'],
  ])('refuses «%s» while a build runs, saying who builds and since when', (_label, entry) => {
    const fake = city();
    setSetting(fake.committee, 'Сотрудники комитета', `${owner}, petrova@example.ru`);
    fake.share('petrova@example.ru');
    const { first, second } = during(
      fake,
      () => fake.run('buildSummary') as SidebarResult,
      () => fake.as('petrova@example.ru', entry) as SidebarResult,
    );
    expect(first.ok, first.message).toBe(true);
    expect(second.ok).toBe(false);
    expect(second.message).toMatch(
      new RegExp(
        `^Сейчас идёт другое действие Профкарты — сборка сводки \\(запуск — ${owner}, \\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d\\)`,
      ),
    );
  });

  it('refuses a build while tab creation runs (the menu path that used to ignore the lease)', () => {
    const fake = city();
    // A tab to create again, so that tab creation writes.
    fake.committee.sheets.splice(
      fake.committee.sheets.findIndex((s) => s.title === 'SCH001'),
      1,
    );
    const { first, second } = during(
      fake,
      () => fake.run('createOrganisationTabs') as SidebarResult,
      () => fake.run('buildSummary') as SidebarResult,
    );
    expect(first.ok, first.message).toBe(true);
    expect(second.message).toContain('создание и обновление листов организаций');
  });

  it('skips the hourly re-check while a build runs, and says so in Журнал', () => {
    const fake = city();
    const { second } = during(
      fake,
      () => fake.run('buildSummary') as SidebarResult,
      () => fire(fake, 'hourlyJob'),
    );
    expect(second.ok).toBe(false);
    const line = journal(fake).find((r) => r[1] === 'триггер' && r[3] === 'пропущено');
    expect(line?.[4]).toContain('сборка сводки');
  });

  it('keeps the lease in the script properties, taken under the script lock, and gives it back', () => {
    const fake = city();
    const { second } = during(
      fake,
      () => fake.run('buildSummary') as SidebarResult,
      () => [...fake.world.scriptProperties.keys()].filter((k) => k.startsWith('profkarta.lease')),
    );
    expect(second).toEqual([`profkarta.lease.${fake.committee.id}`]);
    expect([...fake.world.documentProperties.keys()].filter((k) => k.includes('lease'))).toEqual([]);
    expect([...fake.world.scriptProperties.keys()].filter((k) => k.startsWith('profkarta.lease'))).toEqual([]);
    fake.counter.reset();
    fake.run('buildSummary');
    expect(fake.counter.get('LockService.getScriptLock')).toBe(1);
    expect(fake.counter.get('LockService.getDocumentLock') ?? 0).toBe(0);
  });

  it('honours a lease left in the store until it expires (a crashed run), then runs', () => {
    const fake = city();
    const left = (expires: number) =>
      fake.world.scriptProperties.set(
        `profkarta.lease.${fake.committee.id}`,
        JSON.stringify({
          who: 'petrova@example.ru',
          what: 'проверка отчётов',
          since: '01.03.2024 07:58',
          expires,
          token: 'crashed',
          trigger: false,
        }),
      );
    left(fake.world.now + 60_000);
    expect((fake.run('buildSummary') as SidebarResult).message).toBe(
      'Сейчас идёт другое действие Профкарты — проверка отчётов (запуск — petrova@example.ru, 01.03.2024 07:58). Дождитесь его окончания и повторите.',
    );
    left(fake.world.now - 1);
    expect((fake.run('buildSummary') as SidebarResult).ok).toBe(true);
  });
});

describe('a lock that stays busy', () => {
  it('reaches the user in Russian, never as Google’s English «Lock timeout»', () => {
    const fake = city();
    fake.world.holdLock('script');
    for (const entry of ['buildSummary', 'checkSubmissions', 'installMonthlyTrigger']) {
      const result = fake.run(entry) as SidebarResult;
      expect(result.ok, entry).toBe(false);
      expect(result.message, entry).toMatch(/^Таблицу сейчас занимает другое действие Профкарты/);
      expect(result.message).not.toContain(lockTimeoutMessage.slice(0, 12));
    }
  });

  it('postpones the monthly send rather than skip it', () => {
    const fake = city();
    fake.world.holdLock('script');
    const result = fire(fake, 'monthlyJob');
    expect(result.message).toMatch(/^Ежемесячная рассылка отложена: идёт другое действие Профкарты \(таблица занята\)/);
    expect(triggersOf(fake).filter((t) => t.handler === 'monthlyRetry')).toHaveLength(1);
  });
});
