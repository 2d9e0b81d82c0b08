import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type ActionSpec,
  actionGlobals,
  actions,
  globalsOf,
  menuItems,
  menuItemsOf,
  type PayloadOf,
  plainSidebarAction,
  sidebarActionNames,
  sidebarActionsOf,
} from './actions';
import { entryPoints } from './entry-points';
import { actionJobs } from './jobs/action-jobs';
import { noPayload } from './sidebar-payloads';
import type { ServerCall } from './sidebar/server';

const extra: ActionSpec = {
  label: 'Архивация года',
  journal: 'setup',
  global: 'archiveYear',
  menu: { label: 'Архивировать учебный год', section: 'setup' },
  payload: noPayload,
};

describe('the action registry', () => {
  it('makes the menu, the globals and the sidebar actions from one entry', () => {
    const registry = { ...actions, archiveYear: extra };
    expect(menuItemsOf(registry).at(-1)).toEqual({
      label: 'Архивировать учебный год',
      fn: 'archiveYear',
      separatorBefore: false,
    });
    expect(globalsOf(registry)).toEqual([...actionGlobals, 'archiveYear']);
    expect(sidebarActionsOf(registry)).toEqual([...sidebarActionNames, 'archiveYear']);
  });

  it('gives the add-on its menu of design §2, with one separator before the set-up items', () => {
    expect(menuItems.map((i) => [i.label, i.fn])).toEqual([
      ['Открыть панель Профкарты', 'showSidebar'],
      ['Проверить отчёты', 'checkSubmissions'],
      ['Собрать сводку', 'buildSummary'],
      ['Напомнить не сдавшим', 'remindLate'],
      ['Отправить сводку сейчас', 'sendSummaryNow'],
      ['Настроить таблицу', 'setUpSpreadsheet'],
      ['Создать и обновить листы организаций', 'createOrganisationTabs'],
      ['Проверить защиту', 'auditProtection'],
      ['Восстановить защиту', 'restoreProtection'],
      ['Включить ежемесячную рассылку', 'installMonthlyTrigger'],
    ]);
    expect(menuItems.filter((i) => i.separatorBefore).map((i) => i.label)).toEqual(['Настроить таблицу']);
  });

  it('keeps the entry points of design §2 among the globals', () => {
    for (const name of [
      'onOpen',
      'onInstall',
      'showSidebar',
      'setUpSpreadsheet',
      'createOrganisationTabs',
      'checkSubmissions',
      'buildSummary',
      'sendSummaryNow',
      'remindLate',
      'installMonthlyTrigger',
      'monthlyJob',
      'hourlyJob',
      'sidebarCall',
    ]) {
      expect(entryPoints).toContain(name);
    }
    expect(new Set(entryPoints).size).toBe(entryPoints.length);
  });

  it('runs every writing action under the one lease, naming it for a second caller (design §10)', () => {
    const withLease = Object.entries(actions).flatMap(([name, spec]) => ('lease' in spec ? [name] : []));
    expect(withLease).toEqual([
      'check',
      'build',
      'remind',
      'sendNow',
      'setUp',
      'createTabs',
      'restoreProtection',
      'saveSendHour',
      'monthly',
      'monthlyRetry',
      'filesLater',
      'hourly',
    ]);
    // Switching the trigger on and off keeps only the script lock; the others only read («Проверить
    // защиту» writes its findings to `Журнал` and nothing else).
    const journaledWithout = Object.entries(actions).flatMap(([name, spec]) =>
      'journal' in spec && !('lease' in spec) ? [name] : [],
    );
    expect(journaledWithout).toEqual(['auditProtection', 'installTrigger', 'removeTrigger', 'state']);
    for (const name of withLease) expect(actions[name as keyof typeof actions]).not.toHaveProperty('access', 'open');
  });

  it('lets only set-up record a first member, and only the monthly send wait for a busy lease', () => {
    const flagged = (flag: string) => Object.entries(actions).flatMap(([name, spec]) => (flag in spec ? [name] : []));
    expect(flagged('firstMember')).toEqual(['setUp']);
    expect(flagged('whenBusy')).toEqual(['monthly', 'monthlyRetry']);
    expect(actions.monthlyRetry).toMatchObject({ access: 'trigger', global: 'monthlyRetry' });
    expect(actions.monthlyRetry.lease).toBe(actions.monthly.lease);
  });

  it('has a job for every action', () => {
    expect(Object.keys(actionJobs).sort()).toEqual(Object.keys(actions).sort());
  });

  it('names, in every button of Sidebar.html, an action the sidebar may call without a payload', () => {
    const html = readFileSync(join(import.meta.dirname, 'sidebar', 'sidebar.html'), 'utf8');
    const named = [...html.matchAll(/data-action="([^"]+)"/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(4);
    for (const name of named) expect(plainSidebarAction(name), name).toBe(name);
    expect(plainSidebarAction('select')).toBeNull();
    expect(plainSidebarAction('constructor')).toBeNull();
  });

  it('types the sidebar calls from the server: payloads from the schemas, unknown actions refused', () => {
    expectTypeOf<PayloadOf<'saveSendHour'>>().toEqualTypeOf<{ hour: number }>();
    expectTypeOf<PayloadOf<'build'>>().toEqualTypeOf<null | undefined>();
    const call: ServerCall = async () => ({ ok: true, message: '' });
    // @ts-expect-error the hour is a number: the sidebar checks the field and sends one
    void call('saveSendHour', { hour: '9' });
    void call('select', { tab: 'SCH001', cell: 'B14' });
    // @ts-expect-error a payload the schema does not take
    void call('saveSendHour', { hours: 9 });
    // @ts-expect-error an action the registry does not have
    void call('dance', null);
    // @ts-expect-error a trigger's action is not the sidebar's
    void call('monthly', null);
  });
});
