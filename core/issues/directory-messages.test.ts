import { describe, expect, it } from 'vitest';
import { isReservedTabName, reservedTabNames, tabNameClash } from '../directory/reserved-tab-names';

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
