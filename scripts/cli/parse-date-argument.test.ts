import { describe, expect, it } from 'vitest';
import { CliRefusal } from './cli-refusal';
import { parseDateArgument } from './parse-date-argument';

describe('parseDateArgument', () => {
  it.each([
    ['2024-02-01', '2024-02-01'],
    ['01.02.2024', '2024-02-01'],
    ['1.2.2024', '2024-02-01'],
    [' 29.02.2024 ', '2024-02-29'],
  ])('reads %s', (text, date) => {
    expect(parseDateArgument(text)).toBe(date);
  });

  it.each(['31.02.2024', '2024-13-01', '01.02.24', '1 февраля 2024', 'завтра', ''])('refuses %s in Russian', (text) => {
    expect(() => parseDateArgument(text)).toThrow(CliRefusal);
    expect(() => parseDateArgument(text)).toThrow(/ГГГГ-ММ-ДД или ДД\.ММ\.ГГГГ/);
  });
});
