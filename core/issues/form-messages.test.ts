import { describe, expect, it } from 'vitest';
import { checkResultLine } from '../form/check-result-line';
import { formIssueCodes } from './form-issue-codes';
import { formMessages } from './form-messages';
import { instructionSheet } from '../form/instruction-sheet';
import { formSections } from '../form/form-spec';

describe('formMessages', () => {
  it.each(formIssueCodes)('has a Russian sentence for %s', (code) => {
    const text = formMessages[code]({ section: '2. Ответственный', label: 'ФИО', key: '1.2', date: '01.02.2024' });
    expect(text).toMatch(/^[А-ЯЁ«]/);
    expect(text).not.toContain('undefined');
  });
});

describe('checkResultLine', () => {
  it.each([
    [0, 0, 'Проверено 01.02.2024 09:30: 0 ошибок, 0 предупреждений'],
    [1, 2, 'Проверено 01.02.2024 09:30: 1 ошибка, 2 предупреждения'],
    [11, 21, 'Проверено 01.02.2024 09:30: 11 ошибок, 21 предупреждение'],
  ])('writes %i errors and %i warnings in Russian', (errors, warnings, line) => {
    expect(checkResultLine('2024-02-01', '09:30', errors, warnings)).toBe(line);
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
});
