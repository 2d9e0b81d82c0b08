import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../../test/fixtures/sample-org';
import { toSheetData } from '../../test/helpers/output-to-sheet-data';
import { defaultSettings, readSettings } from './read-settings';
import { settingsSchema } from './settings';
import { settingsSheet } from './settings-sheet';

describe('settingsSchema', () => {
  it('is what readSettings returns, for the defaults, a template tab and a tab with bad values', () => {
    expect(settingsSchema.parse(defaultSettings())).toEqual(defaultSettings());
    expect(settingsSchema.parse(sampleSettings())).toEqual(sampleSettings());
    const read = readSettings(toSheetData(settingsSheet(defaultSettings())), 'UTC');
    expect(settingsSchema.parse(read.settings)).toEqual(read.settings);
    const bad = readSettings(
      {
        name: 'Настройки',
        values: [
          ['Час отправки сводки', 25],
          ['Часов: основной', -5],
          ['Дата отчёта', '31.02.2024'],
        ],
      },
      'UTC',
    );
    expect(bad.issues.map((i) => i.row)).toEqual(expect.arrayContaining([1, 2, 3]));
    expect(settingsSchema.parse(bad.settings)).toEqual(bad.settings);
    expect(bad.settings.sendHour).toBe(8);
  });

  it.each([
    ['an hour past 23', { sendHour: 24 }],
    ['a fractional number of days', { remindEveryDays: 1.5 }],
    ['a zero threshold', { thresholds: { ...defaultSettings().thresholds, main: 0 } }],
    ['a report date not YYYY-MM-DD', { reportDate: '01.02.2024' }],
    ['a reports spreadsheet that is not an id', { reportsSpreadsheet: 'таблица' }],
  ])('refuses %s', (_, change) => {
    expect(settingsSchema.safeParse({ ...defaultSettings(), ...change }).success).toBe(false);
  });
});
