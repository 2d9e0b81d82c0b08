import { describe, expect, it } from 'vitest';
import { readCount } from './read-count';
import { readHours } from './read-hours';
import { readNumber } from './read-number';

describe('readNumber', () => {
  it.each<[unknown, number]>([
    [12, 12],
    ['12', 12],
    [' 12 ', 12],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1\u2009234\u202f567', 1234567],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['-3', -3],
    ['−3', -3],
    ['+4', 4],
    ['1 234,5', 1234.5],
    ['0', 0],
    ['-0', 0],
  ])('reads %j as %d', (cell, expected) => {
    expect(readNumber(cell)).toEqual({ kind: 'ok', value: expected });
  });

  it.each<[unknown, string]>([
    ['12 шт', 'not_a_number'],
    ['1,2,3', 'not_a_number'],
    ['1 23', 'not_a_number'],
    ['12.', 'not_a_number'],
    ['много', 'not_a_number'],
    [true, 'not_a_number'],
    [new Date('2023-01-01T00:00:00Z'), 'not_a_number'],
    ['#N/A', 'formula_error'],
    [Number.NaN, 'not_a_value'],
    [{}, 'not_a_value'],
  ])('rejects %j with %s', (cell, code) => {
    expect(readNumber(cell)).toMatchObject({ kind: 'bad', code });
  });

  it('quotes the text it could not read', () => {
    expect(readNumber('12 шт')).toEqual({ kind: 'bad', code: 'not_a_number', params: { found: '12 шт' } });
  });

  it.each<[unknown]>([[''], ['  '], [null], [undefined]])('reads %j as blank', (cell) => {
    expect(readNumber(cell)).toEqual({ kind: 'blank' });
  });
});

describe('readCount', () => {
  it.each<[unknown, unknown]>([
    ['1 234', { kind: 'ok', value: 1234 }],
    [0, { kind: 'ok', value: 0 }],
    ['12,5', { kind: 'bad', code: 'not_whole', params: { found: '12,5' } }],
    [-1, { kind: 'bad', code: 'negative', params: { found: '-1' } }],
    [100_001, { kind: 'bad', code: 'too_large', params: { found: '100001', max: 100_000 } }],
    ['', { kind: 'blank' }],
  ])('reads %j', (cell, expected) => {
    expect(readCount(cell)).toEqual(expected);
  });

  it('takes a ceiling', () => {
    expect(readCount(24, { max: 23 })).toMatchObject({ kind: 'bad', code: 'too_large', params: { max: 23 } });
    expect(readCount(23, { max: 23 })).toEqual({ kind: 'ok', value: 23 });
  });
});

describe('readHours', () => {
  it.each<[unknown, unknown]>([
    ['34', { kind: 'ok', value: 34 }],
    ['12,5', { kind: 'ok', value: 12.5 }],
    [-2, { kind: 'bad', code: 'negative', params: { found: '-2' } }],
    [5000, { kind: 'bad', code: 'too_large', params: { found: '5000', max: 2000 } }],
    ['сорок', { kind: 'bad', code: 'not_a_number', params: { found: 'сорок' } }],
  ])('reads %j', (cell, expected) => {
    expect(readHours(cell)).toEqual(expected);
  });
});
