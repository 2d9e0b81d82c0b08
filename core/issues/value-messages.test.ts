import { describe, expect, it } from 'vitest';
import { formatIssue } from './format-issue';
import { valueIssueCodes } from './value-issue-codes';
import { valueMessages } from './value-messages';

describe('valueMessages', () => {
  it.each(valueIssueCodes.map((c) => [c]))('has a Russian sentence for %s', (code) => {
    const text = valueMessages[code]({
      found: '12 шт',
      error: '#N/A',
      max: 100,
      min: 1990,
      digits: 9,
      expected: 'а, б',
    });
    expect(text).toMatch(/[А-Яа-яЁё]/);
    expect(text).not.toMatch(/undefined|…»/);
  });

  it('says what was found and what is expected', () => {
    expect(formatIssue({ code: 'not_a_number', params: { found: '12 шт' } })).toBe(
      'Ожидается число, а в ячейке «12 шт».',
    );
    expect(formatIssue({ code: 'formula_error', params: { error: '#N/A' } })).toBe(
      'В ячейке ошибка формулы #N/A: введите значение вручную.',
    );
  });
});
