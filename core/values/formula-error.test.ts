import { describe, expect, it } from 'vitest';
import { formulaError, formulaErrors } from './formula-error';
import { screenCell } from './screen-cell';

describe('formulaError', () => {
  it.each(formulaErrors.map((e) => [e]))('recognises %s', (error) => {
    expect(formulaError(error)).toBe(error);
    expect(formulaError(` ${error.toLowerCase()} `)).toBe(error);
  });
  it('reads an exceljs error object', () => {
    expect(formulaError({ error: '#REF!' })).toBe('#REF!');
  });
  it.each<[unknown]>([['#'], ['N/A'], ['#НД'], [12], [null], [new Date(0)], [['#N/A']]])('ignores %j', (cell) => {
    expect(formulaError(cell)).toBeNull();
  });
});

describe('screenCell', () => {
  it.each<[unknown, unknown]>([
    [null, { kind: 'blank' }],
    [undefined, { kind: 'blank' }],
    ['   ', { kind: 'blank' }],
    ['#DIV/0!', { kind: 'bad', code: 'formula_error', params: { error: '#DIV/0!' } }],
    [Number.NaN, { kind: 'bad', code: 'not_a_value', params: { found: 'NaN' } }],
    [Number.POSITIVE_INFINITY, { kind: 'bad', code: 'not_a_value', params: { found: 'Infinity' } }],
    [new Date(Number.NaN), { kind: 'bad', code: 'not_a_value', params: { found: 'Invalid Date' } }],
    [[1], { kind: 'bad', code: 'not_a_value', params: { found: 'список' } }],
    [{ a: 1 }, { kind: 'bad', code: 'not_a_value', params: { found: '{"a":1}' } }],
    ['x', null],
    [0, null],
    [false, null],
  ])('screens %j', (cell, expected) => {
    expect(screenCell(cell)).toEqual(expected);
  });
});
