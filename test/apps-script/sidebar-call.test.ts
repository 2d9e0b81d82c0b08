import { describe, expect, it } from 'vitest';
import { sidebarActionNames } from '../../addon/actions';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { smallCity } from '../fixtures/small-city';
import { preparedCommittee } from './city';
import { committeeFake } from './harness';

function prepared() {
  const fake = committeeFake();
  preparedCommittee(fake, smallCity().orgs);
  return fake;
}

describe('sidebarCall in dist/Code.js', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'dance', ''])(
    'answers the unknown name %j with a Russian refusal, running nothing',
    (name) => {
      const fake = prepared();
      fake.counter.reset();
      const result = fake.run('sidebarCall', name, null) as SidebarResult;
      expect(result).toEqual({ ok: false, message: `Неизвестное действие: ${name}.` });
      expect(fake.counter.toJSON()).toEqual({});
    },
  );

  it.each([
    [42, 'number'],
    [null, 'object'],
    [{ toString: null }, 'object'],
    [undefined, 'undefined'],
  ])('answers a name that is not text (%j) with a Russian refusal', (name, shown) => {
    const fake = prepared();
    expect(fake.run('sidebarCall', name, null)).toEqual({ ok: false, message: `Неизвестное действие: ${shown}.` });
  });

  it.each([
    ['saveSendHour', { hour: 25 }, 'Час отправки — целое число от 0 до 23.'],
    ['saveSendHour', { hour: '9 часов' }, 'Час отправки — целое число от 0 до 23.'],
    ['saveSendHour', null, 'Час отправки — целое число от 0 до 23.'],
    ['select', { tab: ['SCH001'] }, 'Не указан лист, который нужно открыть.'],
    ['build', { everything: true }, 'Это действие не принимает данных: обновите панель и повторите.'],
    ['state', 'текст', 'Это действие не принимает данных: обновите панель и повторите.'],
  ])('refuses %s with a payload that does not fit (%j), before running anything', (action, payload, message) => {
    const fake = prepared();
    fake.counter.reset();
    const result = fake.run('sidebarCall', action, payload) as SidebarResult;
    expect(result).toEqual({ ok: false, message });
    expect(fake.counter.toJSON()).toEqual({});
  });

  it('runs every action of the registry the sidebar may call, answering JSON', () => {
    const fake = prepared();
    for (const action of ['state', 'check'] as const) {
      const result = fake.run('sidebarCall', action, null) as SidebarResult;
      expect(result.ok, `${action}: ${result.message}`).toBe(true);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    }
    expect(sidebarActionNames).toContain('check');
  });
});
