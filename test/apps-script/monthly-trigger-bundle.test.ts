import { describe, expect, it } from 'vitest';
import type { ScriptAppFake } from './fake/script-app';
import { sheetNamed, valuesOf } from './fake/model';
import { typeIntoCell } from './fake/spreadsheet-app';
import { committeeFake, owner } from './harness';

type Result = { ok: boolean; message: string };

function setUp() {
  const fake = committeeFake();
  const result = fake.run('setUpSpreadsheet') as Result;
  expect(result.ok, result.message).toBe(true);
  return { fake, script: fake.globals.ScriptApp as ScriptAppFake };
}

function setSetting(fake: ReturnType<typeof setUp>['fake'], label: string, value: unknown): void {
  const sheet = sheetNamed(fake.committee, 'Настройки')!;
  const row = valuesOf(sheet).findIndex((r) => r[0] === label);
  expect(row, label).toBeGreaterThanOrEqual(0);
  typeIntoCell(fake.committee, sheet, row, 1, value);
}

function journal(fake: ReturnType<typeof setUp>['fake']): string[][] {
  return valuesOf(sheetNamed(fake.committee, 'Журнал')!).map((r) => r.map(String));
}

describe('installMonthlyTrigger in dist/Code.js', () => {
  it('installs one monthlyJob trigger on day 1 at the default hour, and installing again leaves one', () => {
    const { fake, script } = setUp();
    expect((fake.run('installMonthlyTrigger') as Result).ok).toBe(true);
    expect((fake.run('installMonthlyTrigger') as Result).ok).toBe(true);
    expect(script.triggers).toEqual([
      expect.objectContaining({
        handler: 'monthlyJob',
        user: owner,
        monthDay: 1,
        hour: 8,
        timeZone: 'Asia/Yekaterinburg',
      }),
    ]);
    expect(journal(fake).filter((r) => r[3]?.startsWith('Ежемесячная рассылка включена'))).toHaveLength(2);
  });

  it('reinstalls at the hour saved in Настройки', () => {
    const { fake, script } = setUp();
    fake.run('installMonthlyTrigger');
    setSetting(fake, 'Час отправки сводки', 10);
    fake.run('installMonthlyTrigger');
    expect(script.triggers.map((t) => t.hour)).toEqual([10]);
  });

  it('removes it', () => {
    const { fake, script } = setUp();
    fake.run('installMonthlyTrigger');
    expect((fake.run('removeMonthlyTrigger') as Result).message).toBe('Ежемесячная рассылка выключена.');
    expect(script.triggers).toEqual([]);
  });

  it('refuses a user who is not committee staff', () => {
    const { fake, script } = setUp();
    fake.share('stranger@example.ru');
    const result = fake.as('stranger@example.ru', 'installMonthlyTrigger') as Result;
    expect(result.ok).toBe(false);
    expect(result.message).toContain('только сотрудникам комитета');
    expect(script.triggers).toEqual([]);
  });
});

describe('monthlyJob in dist/Code.js', () => {
  it('runs with no active document, opening the committee spreadsheet by its stored id, and logs to Журнал', () => {
    const { fake } = setUp();
    fake.world.activeId = null;
    fake.world.activeUser = '';
    const result = fake.run('monthlyJob') as Result;
    expect(result.message).toBeTruthy();
    const lines = journal(fake).filter((r) => r[2] === 'отправка сводки');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.at(-1)?.[1]).toBe('триггер');
  });
});
