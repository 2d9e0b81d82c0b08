import { describe, expect, it } from 'vitest';
import { gridHash } from './grid-hash';

describe('gridHash', () => {
  it('ignores trailing blanks and blank rows at the end', () => {
    expect(gridHash({ values: [['a', 1]] })).toBe(gridHash({ values: [['a', 1, '', null], []] }));
  });

  it.each([
    [[['a', 1]], [['a', 2]]],
    [[['a', 1]], [['a', '1']]],
    [
      [['a'], ['b']],
      [['b'], ['a']],
    ],
    [[['', 'a']], [['a', '']]],
  ])('changes when a value, its type or its place changes', (a, b) => {
    expect(gridHash({ values: a })).not.toBe(gridHash({ values: b }));
  });

  it('leaves out the skipped cells', () => {
    const skip = new Set(['1,0']);
    expect(gridHash({ values: [['x'], ['Проверено 01.02.2024']] }, skip)).toBe(
      gridHash({ values: [['x'], ['Лист ещё не проверялся.']] }, skip),
    );
  });

  it('is 8 hex digits', () => {
    expect(gridHash({ values: [] })).toMatch(/^[0-9a-f]{8}$/);
  });
});
