import { describe, expect, it } from 'vitest';
import { withoutNumberSign } from './without-number-sign';

describe('withoutNumberSign', () => {
  it.each([
    ['№ 88-о', '88-о'],
    ['№88-о', '88-о'],
    [' Nº 5 ', '5'],
    ['No. 7', '7'],
    ['N 12/3', '12/3'],
    ['01-05/123', '01-05/123'],
    ['Nord-5', 'Nord-5'],
    ['№', '№'],
  ])('reads «%s» as «%s»', (typed, number) => {
    expect(withoutNumberSign(typed)).toBe(number);
  });
});
