import { describe, expect, it } from 'vitest';
import { tabOrder } from './tab-order';

describe('tabOrder', () => {
  it('puts the committee and output tabs first in their own order, then the organisations as they stood', () => {
    expect(tabOrder(['S2', 'Инструкция', 'S1', 'Журнал', 'Сводка', 'Списки', 'Организации', 'Проверка', 'D1'])).toEqual(
      ['Инструкция', 'Организации', 'Сводка', 'Проверка', 'Журнал', 'S2', 'S1', 'D1', 'Списки'],
    );
  });
  it('knows the committee tabs whatever the case, and leaves a book of organisations as it is', () => {
    expect(tabOrder(['S1', 'сводка'])).toEqual(['сводка', 'S1']);
    expect(tabOrder(['S3', 'S1', 'S2'])).toEqual(['S3', 'S1', 'S2']);
  });
  it('does not change its input', () => {
    const names = ['S1', 'Сводка'];
    tabOrder(names);
    expect(names).toEqual(['S1', 'Сводка']);
  });
});
