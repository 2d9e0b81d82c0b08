import { describe, expect, it } from 'vitest';
import { innCheckDigitValid, readInn } from './read-inn';

describe('innCheckDigitValid', () => {
  it.each([
    ['7707083893', true],
    ['7451234565', true],
    ['7451234567', false],
    ['123', false],
  ])('checks %s', (inn, valid) => {
    expect(innCheckDigitValid(inn)).toBe(valid);
  });
});

describe('readInn', () => {
  it.each<[unknown, string]>([
    ['7707083893', '7707083893'],
    [' 7707 083 893 ', '7707083893'],
    ['7707\u00a0083893', '7707083893'],
    [7707083893, '7707083893'],
    [101000014, '0101000014'],
  ])('reads %j', (cell, expected) => {
    expect(readInn(cell)).toEqual({ kind: 'ok', value: expected });
  });

  it.each<[unknown, unknown]>([
    ['7707083894', { kind: 'bad', code: 'inn_check_digit', params: { found: '7707083894' } }],
    ['770708389', { kind: 'bad', code: 'inn_wrong_length', params: { found: '770708389', digits: 9 } }],
    ['770708389312', { kind: 'bad', code: 'inn_wrong_length', params: { found: '770708389312', digits: 12 } }],
    ['ИНН 7707083893', { kind: 'bad', code: 'not_an_inn', params: { found: 'ИНН 7707083893' } }],
    [77070.5, { kind: 'bad', code: 'not_an_inn', params: { found: '77070,5' } }],
    ['#N/A', { kind: 'bad', code: 'formula_error', params: { error: '#N/A' } }],
    ['', { kind: 'blank' }],
  ])('reads %j', (cell, expected) => {
    expect(readInn(cell)).toEqual(expected);
  });
});
