import { describe, expect, it } from 'vitest';
import { readText } from './read-text';

describe('readText', () => {
  it.each<[unknown, unknown]>([
    ['  Иванова Анна Петровна ', { kind: 'ok', value: 'Иванова Анна Петровна' }],
    [12, { kind: 'ok', value: '12' }],
    [new Date('2023-10-31T00:00:00Z'), { kind: 'ok', value: '31.10.2023' }],
    ['', { kind: 'blank' }],
    ['#NAME?', { kind: 'bad', code: 'formula_error', params: { error: '#NAME?' } }],
    [Number.NaN, { kind: 'bad', code: 'not_a_value', params: { found: 'NaN' } }],
  ])('reads %j', (cell, expected) => {
    expect(readText(cell)).toEqual(expected);
  });
});
