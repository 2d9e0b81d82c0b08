import { describe, expect, it } from 'vitest';
import { parseSchoolYear } from './parse-school-year';

describe('parseSchoolYear', () => {
  it.each<[string, number | null]>([
    ['2023/2024', 2023],
    ['2023-2024', 2023],
    ['2023 – 2024', 2023],
    ['2023/24', 2023],
    ['2023', 2023],
    ['2023/2024 уч. год', 2023],
    ['2023/2025', null],
    ['23/24', null],
    ['1800', null],
    ['текущий', null],
  ])('reads %j', (text, start) => {
    expect(parseSchoolYear(text)).toEqual(start === null ? null : { start });
  });
});
