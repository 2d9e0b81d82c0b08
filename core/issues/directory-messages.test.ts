import { describe, expect, it } from 'vitest';
import { formatIssue } from './format-issue';
import { directoryIssueCodes } from './directory-issue-codes';
import { isReservedTabName, reservedTabNames, tabNameClash } from '../directory/reserved-tab-names';

describe('directoryMessages', () => {
  it.each(directoryIssueCodes.map((c) => [c]))('has a Russian sentence for %s', (code) => {
    const params = {
      tab: 'Организации',
      header: 'ИНН',
      found: 'X',
      code: 'S1',
      name: 'Школа',
      expected: 'ООО, ДОО, ОДО',
    };
    const text = formatIssue({ code, params: { ...params, length: 32, firstRow: 2, label: 'Час', fallback: 8 } });
    expect(text).toMatch(/[А-Яа-яЁё]/);
    expect(text).not.toMatch(/undefined/);
  });
});

describe('isReservedTabName', () => {
  it.each(reservedTabNames.map((n) => [n]))('reserves %s whatever the case', (name) => {
    expect(isReservedTabName(name.toUpperCase())).toBe(true);
  });
  it('leaves an ordinary code free', () => {
    expect(isReservedTabName('S108')).toBe(false);
  });
});

describe('tabNameClash', () => {
  it('finds a user tab named like an output whatever the case', () => {
    expect(tabNameClash(['Организации', 'проверка'], ['Сводка', 'Проверка'])).toEqual({
      found: 'проверка',
      reserved: 'Проверка',
    });
  });
  it('treats ё and е as one letter and ignores surrounding spaces', () => {
    expect(tabNameClash(['Отчёт '], ['Отчет'])).toEqual({ found: 'Отчёт ', reserved: 'Отчет' });
  });
  it('lets an earlier output spelt exactly the same be replaced', () => {
    expect(tabNameClash(['История', 'Проверка'], ['История', 'Проверка'])).toBeNull();
  });
  it('does not change its inputs', () => {
    const existing = ['история'];
    const written = ['История'];
    tabNameClash(existing, written);
    expect([existing, written]).toEqual([['история'], ['История']]);
  });
});
