import { describe, expect, it } from 'vitest';
import { quotedList } from './message-text';

describe('quotedList', () => {
  it('joins names in Russian quotes', () => {
    expect(quotedList(['ООО', 'ДОО', 'ОДО'], 'или')).toBe('«ООО», «ДОО» или «ОДО»');
    expect(quotedList(['Код', 'Тип'])).toBe('«Код» и «Тип»');
  });

  it('writes one name, or nothing', () => {
    expect(quotedList(['Код'])).toBe('«Код»');
    expect(quotedList([])).toBe('');
  });

  it('does not change the list', () => {
    const names = ['б', 'а'];
    quotedList(names);
    expect(names).toEqual(['б', 'а']);
  });
});
