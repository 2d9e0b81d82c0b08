import { describe, expect, it } from 'vitest';
import { checkResultLine } from '../form/check-result-line';
import { formLineOf } from '../form/form-lines';
import { instructionSheet } from '../form/instruction-sheet';
import { formSections } from '../form/form-spec';

describe('checkResultLine', () => {
  it.each([
    [0, 0, 'Проверено 01.02.2024 09:30: 0 ошибок, 0 предупреждений'],
    [1, 2, 'Проверено 01.02.2024 09:30: 1 ошибка, 2 предупреждения'],
    [11, 21, 'Проверено 01.02.2024 09:30: 11 ошибок, 21 предупреждение'],
  ])('writes %i errors and %i warnings in Russian', (errors, warnings, line) => {
    expect(checkResultLine('2024-02-01', '09:30', errors, warnings)).toBe(line);
  });
  it('names the report date when the tab was checked as of another day, and is still known as the check line', () => {
    const line = checkResultLine('2026-11-30', '16:19', 0, 1, '2025-10-15');
    expect(line).toBe('Проверено 30.11.2026 16:19 на дату отчёта 15.10.2025: 0 ошибок, 1 предупреждение');
    expect(formLineOf(line)).toBe(1);
    expect(checkResultLine('2026-11-30', '16:19', 0, 1, '2026-11-30')).toBe(
      'Проверено 30.11.2026 16:19: 0 ошибок, 1 предупреждение',
    );
  });
});

describe('instructionSheet', () => {
  it('explains every section and every field of the form, and the personal data', () => {
    const sheet = instructionSheet();
    const text = sheet.rows.flat().join('\n');
    for (const section of formSections) {
      expect(text).toContain(section.title);
      const names = 'fields' in section ? section.fields.map((f) => f.label) : section.columns.map((c) => c.header);
      for (const name of names) expect(text).toContain(name);
    }
    expect(text).toContain('Персональные данные');
    expect(sheet.name).toBe('Инструкция');
  });

  it("gives each field one hint, never the type's and the field's glued together", () => {
    const rows = instructionSheet().rows.map((row) => String(row[1] ?? ''));
    expect(rows).toContain('дата (ДД.ММ.ГГГГ); обязательно');
    expect(rows.join('\n')).not.toContain('ДД.ММ.ГГГГ (ДД.ММ.ГГГГ)');
    for (const row of rows) {
      const hint = /^(.*?) \((.*)\);/.exec(row);
      if (hint?.[1] && hint[2]) expect(hint[1], row).not.toContain(hint[2]);
      expect(row, 'no brackets within brackets').not.toMatch(/\([^)]*\(/);
    }
  });

  it("says truthfully who sees an organisation's tab, for where the forms live", () => {
    const inFiles = instructionSheet('files').rows.flat().join('\n');
    const inOne = instructionSheet('reportsSpreadsheet').rows.flat().join('\n');
    expect(inFiles).not.toContain('свой лист не видят');
    expect(inFiles).toContain('у каждой организации свой файл, другие организации его не видят');
    expect(inOne).toContain(
      'другие организации, у которых есть к ней доступ, видят этот лист, но изменять его не могут',
    );
  });
});
