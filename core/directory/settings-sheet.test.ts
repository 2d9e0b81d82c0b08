import { describe, expect, it } from 'vitest';
import { toSheetData } from '../../test/helpers/output-to-sheet-data';
import { defaultSettings, readSettings } from './read-settings';
import type { Settings } from './settings';
import { settingsSheet } from './settings-sheet';

describe('settingsSheet', () => {
  it('writes every label with a Russian hint', () => {
    const out = settingsSheet(defaultSettings());
    expect(out.name).toBe('Настройки');
    expect(out.rows[1]).toEqual(['Учебный год', '2023/2024', expect.stringMatching(/сентября/)]);
    expect(out.rows.slice(1).every((r) => typeof r[2] === 'string' && r[2].length > 10)).toBe(true);
  });

  it.each([0, 5])('is read back by readSettings as the same settings (zone offset %d h)', (offsetHours) => {
    const settings: Settings = {
      ...defaultSettings({ start: 2024 }),
      reportDate: '2025-02-01',
      deadline: '2025-01-20',
      reportsSpreadsheet: '1AbCdEfGhIjKlMnOpQrStUvWxYz_0123',
      summaryRecipients: ['head@example.ru', 'b@example.ru'],
      committeeStaff: ['staff@example.ru'],
      sendHour: 0,
      remindEveryDays: 3,
      thresholds: { basic: 41, main: 61.5, advanced: 81, course: 35, training: 40 },
      terms: { 1: { start: '2024-09-02', end: '2024-10-25' }, 4: { start: '2025-03-31', end: '2025-05-26' } },
    };
    const zone = offsetHours === 5 ? 'Asia/Yekaterinburg' : 'UTC';
    const read = readSettings(toSheetData(settingsSheet(settings), { offsetHours }), zone);
    expect(read.issues).toEqual([]);
    expect(read.settings).toEqual(settings);
  });

  it('reads back the defaults with no issue', () => {
    const read = readSettings(toSheetData(settingsSheet(defaultSettings())), 'UTC');
    expect(read).toEqual({ settings: defaultSettings(), issues: [] });
  });
});
