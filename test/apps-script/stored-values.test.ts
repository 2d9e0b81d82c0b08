import { describe, expect, it } from 'vitest';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { smallCity } from '../fixtures/small-city';
import { preparedCommittee, schoolFills, setSetting } from './city';
import type { MailAppFake } from './fake/mail-app';
import { committeeFake } from './harness';

function prepared() {
  const city = smallCity();
  const fake = committeeFake();
  preparedCommittee(fake, city.orgs);
  return { city, fake };
}

const warnings = (fake: ReturnType<typeof committeeFake>, key: string) =>
  fake.world.logs.filter((l) => l.level === 'warn' && l.text.includes(key));

describe('JSON kept in properties, read back through its schema', () => {
  const inDocument = (key: string) => () => key;
  const leaseKey = (fake: ReturnType<typeof committeeFake>) => `profkarta.lease.${fake.committee.id}`;

  it.each([
    ['profkarta.lastBuild', 'document', inDocument('profkarta.lastBuild'), '[]'],
    ['profkarta.tabsCursor', 'document', inDocument('profkarta.tabsCursor'), '{"done":"пятьдесят","total":410}'],
    ['profkarta.remindProgress', 'document', inDocument('profkarta.remindProgress'), 'не JSON'],
    [
      'profkarta.monthlyTrigger',
      'document',
      inDocument('profkarta.monthlyTrigger'),
      '{"hour":"8","timeZone":"Asia/Yekaterinburg","by":"a@example.ru","at":"x"}',
    ],
    ['profkarta.lease.<id>', 'script', leaseKey, '{"who":"ivanova@example.ru","expires":"завтра"}'],
    [
      'profkarta.lease.<id>',
      'script',
      leaseKey,
      '{"who":"ivanova@example.ru","since":"01.02.2024 10:15","expires":9e15,"token":"t"}',
    ],
  ] as const)(
    'treats a damaged %s (%s properties: %s) as absent: the sidebar opens, and the log says which key',
    (_name, store, keyOf, text) => {
      const { fake } = prepared();
      const key = keyOf(fake);
      (store === 'script' ? fake.world.scriptProperties : fake.world.documentProperties).set(key, text);
      const result = fake.run('sidebarCall', 'state', null) as SidebarResult;
      expect(result.ok, result.message).toBe(true);
      const state = result.ok ? result.state : undefined;
      expect(state?.lastBuild).toBeNull();
      expect(state?.pending).toBeNull();
      expect(state?.triggerInstalled).toBe(false);
      expect(state?.lease).toBeNull();
      expect(warnings(fake, key)).toHaveLength(1);
    },
  );

  it('builds over a damaged lease, then gives its own back and keeps the last build', () => {
    const { fake } = prepared();
    fake.run('createOrganisationTabs');
    fake.world.scriptProperties.set(leaseKey(fake), '{"who":42}');
    const built = fake.run('buildSummary') as SidebarResult;
    expect(built.ok, built.message).toBe(true);
    expect(fake.world.scriptProperties.has(leaseKey(fake))).toBe(false);
    expect(JSON.parse(fake.world.documentProperties.get('profkarta.lastBuild') ?? 'null')).toMatchObject({
      who: 'ivanova@example.ru',
    });
    const state = fake.run('sidebarCall', 'state', null) as SidebarResult;
    expect(state.ok && state.state?.lastBuild).toMatch(/^\d\d\.\d\d\.\d{4} \d\d:\d\d$/);
  });

  it("reads a lease written without `trigger` as a user's", () => {
    const { fake } = prepared();
    fake.world.scriptProperties.set(
      leaseKey(fake),
      JSON.stringify({
        who: 'petrova@example.ru',
        what: 'сборка сводки',
        since: '01.02.2024 10:15',
        expires: 9e15,
        token: 't',
      }),
    );
    const result = fake.run('sidebarCall', 'state', null) as SidebarResult;
    expect(result.ok && result.state?.lease).toEqual({
      who: 'petrova@example.ru',
      since: '01.02.2024 10:15',
      what: 'сборка сводки',
      trigger: false,
    });
    expect(fake.world.logs.filter((l) => l.level === 'warn')).toEqual([]);
  });

  it('starts tab creation over when its cursor is damaged', () => {
    const { fake } = prepared();
    fake.world.documentProperties.set('profkarta.tabsCursor', '{"done":-3,"total":"все"}');
    const result = fake.run('sidebarCall', 'createTabs', null) as SidebarResult;
    expect(result.ok, result.message).toBe(true);
    expect(result.ok && result.counts?.created).toBeGreaterThan(0);
  });

  it('sends the monthly summary over a damaged lease, the trigger judged as its installer', () => {
    const { city, fake } = prepared();
    setSetting(fake.committee, 'Получатели сводки', 'head@example.ru');
    fake.run('createOrganisationTabs');
    const active = new Set(city.orgs.filter((o) => o.active).map((o) => o.code));
    for (const grid of city.workbook.reports.filter((s) => active.has(s.name))) schoolFills(fake.committee, grid);
    fake.world.activeId = null;
    fake.world.activeUser = '';
    fake.world.scriptProperties.set(`profkarta.lease.${fake.committee.id}`, '{"month":202402}');
    const result = fake.run('monthlyJob') as SidebarResult;
    expect(result.ok, result.message).toBe(true);
    expect((fake.globals.MailApp as MailAppFake).sent).toHaveLength(1);
    expect(warnings(fake, `profkarta.lease.${fake.committee.id}`)).toHaveLength(1);
  });
});
