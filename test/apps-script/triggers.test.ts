import { afterEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import {
  applySendHour,
  installMonthlyTriggerAt,
  monthlyTriggerState,
  removeMonthlyTriggerNow,
} from '../../addon/triggers/monthly-trigger';
import { installMailTestEnv } from './mail-test-env';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('installMonthlyTriggerAt', () => {
  it('installs one trigger on day 1 at the hour, in the script time zone, calling monthlyJob', () => {
    const env = installMailTestEnv();
    const outcome = installMonthlyTriggerAt(9);
    expect(outcome.ok).toBe(true);
    // The zone in words, never its IANA name.
    expect(outcome.message).toContain('1-го числа каждого месяца в 9:00, время Челябинска (UTC+5)');
    expect(outcome.message).not.toContain('Asia/');
    expect(env.script.triggers).toEqual([
      expect.objectContaining({ handler: 'monthlyJob', monthDay: 1, hour: 9, timeZone: 'Asia/Yekaterinburg' }),
    ]);
  });

  it('replaces the trigger when installed twice, never duplicates it', () => {
    const env = installMailTestEnv();
    installMonthlyTriggerAt(8);
    installMonthlyTriggerAt(8);
    installMonthlyTriggerAt(11);
    expect(env.script.triggers).toHaveLength(1);
    expect(env.script.triggers[0]?.hour).toBe(11);
  });

  it('leaves other handlers’ triggers alone', () => {
    const env = installMailTestEnv();
    env.script.newTrigger('hourlyJob').timeBased().everyHours(1).create();
    installMonthlyTriggerAt(8);
    installMonthlyTriggerAt(8);
    expect(env.script.triggers.map((t) => t.handler).sort()).toEqual(['hourlyJob', 'monthlyJob']);
  });
});

describe('removeMonthlyTriggerNow', () => {
  it('removes the trigger and the sidebar then shows it off', () => {
    const env = installMailTestEnv();
    installMonthlyTriggerAt(10);
    expect(monthlyTriggerState()).toEqual({ installed: true, hour: 10, by: 'metodist@example.ru' });
    expect(removeMonthlyTriggerNow().ok).toBe(true);
    expect(env.script.triggers).toEqual([]);
    expect(monthlyTriggerState()).toEqual({ installed: false, hour: null, by: null });
  });

  it('drops a pending retry of a monthly send with it', () => {
    const env = installMailTestEnv();
    installMonthlyTriggerAt(10);
    env.script
      .newTrigger('monthlyRetry')
      .timeBased()
      .after(15 * 60 * 1000)
      .create();
    env.script.newTrigger('hourlyJob').timeBased().everyHours(1).create();
    expect(removeMonthlyTriggerNow().ok).toBe(true);
    expect(env.script.triggers.map((t) => t.handler)).toEqual(['hourlyJob']);
  });

  it('names the colleague who installed it when this user has no trigger to remove', () => {
    const env = installMailTestEnv({ user: 'boss@example.ru' });
    installMonthlyTriggerAt(8);
    env.script.user = 'metodist@example.ru';
    const outcome = removeMonthlyTriggerNow();
    expect(outcome).toEqual({ ok: false, message: expect.stringContaining('boss@example.ru') });
    expect(env.script.triggers).toHaveLength(1);
    expect(monthlyTriggerState().installed).toBe(true);
  });
});

describe('applySendHour', () => {
  it('moves a running monthly send to the new hour', () => {
    const env = installMailTestEnv();
    installMonthlyTriggerAt(8);
    expect(applySendHour(6).message).toBe(
      'Час отправки сохранён: 6:00. Ежемесячная рассылка включена: 1-го числа каждого месяца в 6:00, время Челябинска (UTC+5).',
    );
    expect(env.script.triggers.map((t) => t.hour)).toEqual([6]);
  });

  it('does not switch a stopped monthly send on', () => {
    const env = installMailTestEnv();
    expect(applySendHour(6).message).toBe('Час отправки сохранён: 6:00. Ежемесячная рассылка выключена.');
    expect(env.script.triggers).toEqual([]);
  });
});
