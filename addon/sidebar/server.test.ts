import { describe, expect, it } from 'vitest';
import { asSidebarResult, type ScriptRunner, serverCall } from './server';

function runner(outcome: { value: unknown } | { error: unknown }, seen: unknown[][]): ScriptRunner {
  let success: (value: unknown) => void = () => {};
  let failure: (error: unknown) => void = () => {};
  const self: ScriptRunner = {
    withSuccessHandler(handler) {
      success = handler;
      return self;
    },
    withFailureHandler(handler) {
      failure = handler;
      return self;
    },
    sidebarCall(action, payload) {
      seen.push([action, payload]);
      if ('value' in outcome) success(outcome.value);
      else failure(outcome.error);
    },
  };
  return self;
}

describe('serverCall', () => {
  it('passes the action and payload and resolves with the result', async () => {
    const seen: unknown[][] = [];
    const call = serverCall(() => runner({ value: { ok: true, message: 'Сохранено' } }, seen));
    expect(await call('saveSendHour', { hour: 9 })).toEqual({ ok: true, message: 'Сохранено' });
    expect(seen).toEqual([['saveSendHour', { hour: 9 }]]);
  });

  it('turns a server exception into a Russian failure', async () => {
    const call = serverCall(() => runner({ error: new Error('Timeout') }, []));
    expect(await call('build', null)).toEqual({ ok: false, message: 'Не удалось выполнить действие: Timeout' });
  });
});

describe('asSidebarResult', () => {
  it.each([null, undefined, 'text', { ok: 'yes', message: 'x' }, { ok: true }])('rejects %j', (value) => {
    expect(asSidebarResult(value).ok).toBe(false);
  });
});

describe('asSidebarResult against the protocol schema', () => {
  const state = {
    user: 'metodist@example.ru',
    isCommittee: true,
    schoolYear: '2023/2024',
    lastBuild: null,
    lastSend: null,
    triggerInstalled: false,
    sendHour: 8,
    pending: { action: 'createTabs', done: 50, total: 410 },
    lease: null,
  };

  it('keeps a well-formed answer as it is', () => {
    const answer = { ok: true, message: 'Готово', counts: { sent: 3 }, state };
    expect(asSidebarResult(answer)).toEqual(answer);
  });

  it.each([
    { ok: true, message: 'x', state: { ...state, pending: { action: 'dance', done: 1, total: 2 } } },
    { ok: true, message: 'x', counts: { sent: 'три' } },
    {
      ok: true,
      message: 'x',
      problems: [{ org: 'S1', tab: 'S1', cell: 'B2', severity: 'fatal', message: 'm', url: null }],
    },
  ])('refuses an answer whose parts do not fit: %j', (value) => {
    expect(asSidebarResult(value)).toEqual({
      ok: false,
      message: 'Сервер ответил в непонятном виде. Обновите страницу и повторите.',
    });
  });
});
