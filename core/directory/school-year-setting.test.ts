import { describe, expect, it } from 'vitest';
import { sheetFromOutput } from '../../test/fixtures/sheet-from-output';
import { defaultSettings } from './read-settings';
import { schoolYearSetting } from './school-year-setting';
import { settingsSheet } from './settings-sheet';

describe('schoolYearSetting', () => {
  it('reads the year a workbook records, as typed or as a number', () => {
    expect(schoolYearSetting({ name: 'Настройки', values: [['Учебный год', '2024/2025']] }, 'UTC')).toEqual({
      start: 2024,
    });
    expect(schoolYearSetting({ name: 'Настройки', values: [['Параметр'], ['учебный  год:', 2025]] }, 'UTC')).toEqual({
      start: 2025,
    });
  });

  it('says null when nothing is recorded: no tab, no row, a blank or unreadable value', () => {
    expect(schoolYearSetting(undefined, 'UTC')).toBeNull();
    expect(schoolYearSetting({ name: 'Настройки', values: [['Дата отчёта', '01.02.2024']] }, 'UTC')).toBeNull();
    expect(schoolYearSetting({ name: 'Настройки', values: [['Учебный год', '']] }, 'UTC')).toBeNull();
    expect(schoolYearSetting({ name: 'Настройки', values: [['Учебный год', 'следующий']] }, 'UTC')).toBeNull();
    expect(schoolYearSetting({ name: 'Настройки', values: [null as never] }, 'UTC')).toBeNull();
  });

  it('reads back the «Настройки» of import-roadmap: the school year row alone', () => {
    const sheet = settingsSheet(defaultSettings({ start: 2024 }), ['schoolYear']);
    expect(sheet.rows).toHaveLength(2);
    expect(sheet.format.dropdowns).toEqual([]);
    expect(schoolYearSetting(sheetFromOutput(sheet), 'UTC')).toEqual({ start: 2024 });
  });
});
