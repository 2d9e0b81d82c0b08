import { describe, expect, it } from 'vitest';
import { formatWhen } from './format-when';

describe('formatWhen', () => {
  it.each([
    ['2024-02-01', '01.02.2024'],
    ['2024-02-01 09:05', '01.02.2024 09:05'],
    ['2024-02-01T09:05:33', '01.02.2024 09:05'],
    ['вчера', 'вчера'],
    ['', 'ещё не было'],
    [null, 'ещё не было'],
  ])('shows %j as %j', (value, shown) => {
    expect(formatWhen(value)).toBe(shown);
  });
});
