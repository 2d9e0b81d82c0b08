import { describe, expect, it } from 'vitest';
import { appendOnlyTabNames, committeeTabNames, outputTabNames, rebuiltTabNames, tabNames } from './tab-names';

describe('tabNames', () => {
  it('names the tabs of design §3 and §6 exactly (they are the contract with the spreadsheets)', () => {
    expect(committeeTabNames).toEqual(['Инструкция', 'Настройки', 'Организации', 'Дорожная карта', 'Состояние']);
    expect(rebuiltTabNames).toEqual([
      'Сводка',
      'Проверка',
      'Реестр уровней',
      'Ответственные',
      'Реестр приказов',
      'Исполнение ДК',
      'Мероприятия',
      'Рекомендации',
    ]);
    expect(appendOnlyTabNames).toEqual(['История', 'Журнал']);
    expect(outputTabNames).toEqual([...rebuiltTabNames, ...appendOnlyTabNames]);
  });

  it('lists every name once, and every list takes its names from tabNames', () => {
    const all = Object.values(tabNames);
    expect(new Set(all).size).toBe(all.length);
    for (const name of [...committeeTabNames, ...outputTabNames]) expect(all).toContain(name);
    // Besides: `Списки` of a written .xlsx, the service tab `Профкарта`, and the committee's hidden `Кэш отчётов`.
    expect(all.length).toBe(committeeTabNames.length + outputTabNames.length + 3);
    expect(all).toContain('Кэш отчётов');
  });
});
