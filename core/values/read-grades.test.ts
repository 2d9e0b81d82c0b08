import { describe, expect, it } from 'vitest';
import { readGrades } from './read-grades';

describe('readGrades', () => {
  it.each<[unknown, number[]]>([
    ['6', [6]],
    [6, [6]],
    ['6-9', [6, 7, 8, 9]],
    ['8, 9', [8, 9]],
    ['6–11', [6, 7, 8, 9, 10, 11]],
    ['6 - 11', [6, 7, 8, 9, 10, 11]],
    ['9; 8; 9', [8, 9]],
    ['8 и 9', [8, 9]],
    ['6-7, 10-11', [6, 7, 10, 11]],
    ['8 классы', [8]],
    ['10 кл.', [10]],
    ['1', [1]],
    ['8А, 8Б, 9в', [8, 9]],
    ['10а-11б', [10, 11]],
  ])('reads %j', (cell, expected) => {
    expect(readGrades(cell)).toEqual({ kind: 'ok', value: expected });
  });

  it.each<[unknown, string]>([
    ['0', 'grade_out_of_range'],
    ['12', 'grade_out_of_range'],
    ['6-12', 'grade_out_of_range'],
    ['9-6', 'not_grades'],
    ['все', 'not_grades'],
    ['6-', 'not_grades'],
    ['8аб', 'not_grades'],
    [8.9, 'not_grades'],
    [new Date('2023-09-06T00:00:00Z'), 'not_grades'],
    [true, 'not_grades'],
    ['#N/A', 'formula_error'],
  ])('rejects %j with %s', (cell, code) => {
    expect(readGrades(cell)).toMatchObject({ kind: 'bad', code });
  });

  it('reads a blank cell as blank', () => {
    expect(readGrades(null)).toEqual({ kind: 'blank' });
  });
});
