import { describe, expect, it } from 'vitest';
import { filledOrgSheet } from '../../test/fixtures/filled-org-sheet';
import { checkReport, org, orgCheck } from '../../test/fixtures/report-fixture';
import { sampleSettings } from '../../test/fixtures/sample-org';
import { readSubmission } from '../form/read-submission';
import { builtinRoadmap } from '../roadmap/builtin-roadmap';
import { responsibleSheet } from './responsible-sheet';

const roadmap = builtinRoadmap();

/** One organisation's tab typed as the trial's schools typed it, read, then `Ответственные` of it. */
function sheetOf(code: string, fields: Record<string, unknown>) {
  const organisation = org(code, 'ООО', 'Калининский');
  const grid = filledOrgSheet(organisation, roadmap, { fields });
  const { submission } = readSubmission(grid, {
    org: organisation,
    roadmap,
    settings: sampleSettings(),
    asOf: '2024-02-01',
    timeZone: 'UTC',
  });
  const report = checkReport([orgCheck(organisation, 'errors', submission)], { roadmap });
  return responsibleSheet(report, 'Сформировано');
}

describe('responsibleSheet', () => {
  it('shows a phone typed a digit short as typed, red, with a note — not a blank', () => {
    // As found: SCH015 typed «+7 351 123-45-6»; the tab showed an empty phone.
    const sheet = sheetOf('SCH015', { ФИО: 'Иванова Мария Петровна', Телефон: '+7 351 123-45-6' });
    const row = sheet.rows[2];
    expect(row?.[4]).toBe('Иванова Мария Петровна');
    expect(row?.[6]).toBe('+7 351 123-45-6');
    expect(sheet.format.fills).toContainEqual({ row: 2, column: 6, fill: 'red' });
    expect(sheet.format.notes).toEqual([{ row: 2, column: 6, text: expect.stringMatching(/^Указано с ошибкой/) }]);
    // The valid ones as read, with no mark.
    expect(row?.[7]).toBe('ivanova@example.ru');
    expect(sheet.format.fills).not.toContainEqual({ row: 2, column: 7, fill: 'red' });
  });

  it('writes the order with one «№» whatever was typed, and a wrong email as typed', () => {
    // As found: SCH112 typed «№ 88-о» and «kuznetsov@lic112»; the tab showed «№ № 88-о от …» and no email.
    const sheet = sheetOf('SCH112', {
      'Номер приказа о назначении': '№ 88-о',
      'Дата приказа': '01.09.2023',
      'Электронная почта': 'kuznetsov@lic112',
    });
    const row = sheet.rows[2];
    expect(row?.[8]).toBe('№ 88-о от 01.09.2023');
    expect(row?.[7]).toBe('kuznetsov@lic112');
    expect(sheet.format.fills).toContainEqual({ row: 2, column: 7, fill: 'red' });
  });

  it('shows a wrong order date as typed beside the number, marked', () => {
    const sheet = sheetOf('SCH099', { 'Номер приказа о назначении': '01-05/77', 'Дата приказа': '31.09.2023' });
    expect(sheet.rows[2]?.[8]).toBe('№ 01-05/77 от 31.09.2023');
    expect(sheet.format.fills).toContainEqual({ row: 2, column: 8, fill: 'red' });
  });
});
