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

  it.each(['01.02.24', '1 февраля 2024', 'завтра', '', '2024/02/01'])(
    'refuses %s in Russian, naming the forms',
    (text) => {
      expect(() => parseDateArgument(text)).toThrow(CliRefusal);
      expect(() => parseDateArgument(text)).toThrow(/ГГГГ-ММ-ДД или ДД\.ММ\.ГГГГ/);
    },
  );

  // Issue 13: `--as-of 31.02.2024` was told its format was wrong.
  it.each(['31.02.2024', '29.02.2023', '2024-02-30', '2024-13-01', '00.01.2024'])(
    'says %s does not exist in the calendar, as the cell readers do',
    (text) => {
      expect(() => parseDateArgument(text)).toThrow(
        `--as-of ${text}: Такой даты нет в календаре: «${text}». Проверьте день и месяц.`,
      );
    },
  );

  it('says a year out of range is out of range, as the cell readers do', () => {
    expect(() => parseDateArgument('01.02.1900')).toThrow(
      '--as-of 01.02.1900: Год в дате «01.02.1900» вне допустимых пределов (1990–2100): проверьте год.',
    );
  });
});
