import { describe, expect, it } from 'vitest';
import { countOf } from './count-of';
import { formatNumber } from './format-number';
import { plural } from './plural';

const errors = ['ошибка', 'ошибки', 'ошибок'] as const;

describe('plural', () => {
  it.each([
    [0, 'ошибок'],
    [1, 'ошибка'],
    [2, 'ошибки'],
    [4, 'ошибки'],
    [5, 'ошибок'],
    [11, 'ошибок'],
    [14, 'ошибок'],
    [21, 'ошибка'],
    [22, 'ошибки'],
    [101, 'ошибка'],
    [111, 'ошибок'],
    [1.5, 'ошибки'],
  ])('agrees %d with «%s»', (n, form) => {
    expect(plural(n, errors)).toBe(form);
  });

  it('does not change the forms it is given', () => {
    const forms = ['цифра', 'цифры', 'цифр'] as const;
    plural(4, forms);
    expect(forms).toEqual(['цифра', 'цифры', 'цифр']);
  });
});

describe('countOf', () => {
  it.each([
    [1, ['ошибка', 'ошибки', 'ошибок'], '1 ошибка'],
    [4, ['цифра', 'цифры', 'цифр'], '4 цифры'],
    [501, ['обучающегося', 'обучающихся', 'обучающихся'], '501 обучающегося'],
    [12_345, ['организация', 'организации', 'организаций'], '12\u00a0345 организаций'],
  ] as const)('writes %d with its noun', (n, forms, text) => {
    expect(countOf(n, forms)).toBe(text);
  });
});

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [1234, '1\u00a0234'],
    [41_661, '41\u00a0661'],
    [12.5, '12,5'],
    [0.1 + 0.2, '0,3'],
    [-3, '−3'],
    [Number.NaN, 'NaN'],
  ])('writes %d as %j', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });
});
