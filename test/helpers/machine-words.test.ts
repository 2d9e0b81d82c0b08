import { describe, expect, it } from 'vitest';
import { machineWords } from './machine-words';

describe('machineWords', () => {
  it.each([
    ['История: completeness', 'code word: completeness'],
    ['levels.basic', 'dotted key: levels.basic'],
    ['has_errors', 'snake_case: has_errors'],
    ['по состоянию на 2024-02-01', 'ISO date: 2024-02-01'],
    ['1-го числа в 8:00 (Asia/Yekaterinburg)', 'IANA zone: Asia/Yekaterinburg'],
    ['S0004!B14: Не заполнено', 'A1 reference: S0004!B14'],
    ['bvbRegistered', 'camelCase: bvbRegistered'],
  ])('finds the machine word in %j', (text, found) => {
    expect(machineWords(text)).toContain(found);
  });

  it('leaves Russian text, dates as people write them, addresses and links alone', () => {
    expect(
      machineWords(
        'Проверено 01.02.2024 10:15, лист «S0004», ячейка B14: ivanova_anna@school.example.ru, https://example.ru/a_b/2024-02-01, книга /tmp/out/demo.xlsx',
      ),
    ).toEqual([]);
  });
});
