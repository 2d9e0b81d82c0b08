import { describe, expect, it } from 'vitest';
import { readEnum } from './read-enum';
import { readYesNo } from './read-yes-no';

const levels = ['базовый', 'основной', 'продвинутый'] as const;

describe('readEnum', () => {
  it.each<[unknown, string]>([
    ['Основной ', 'основной'],
    ['ПРОДВИНУТЫЙ', 'продвинутый'],
    ['базовый:', 'базовый'],
  ])('reads %j as %s', (cell, expected) => {
    expect(readEnum(cell, levels)).toEqual({ kind: 'ok', value: expected });
  });

  it('matches ё and е, dashes and quotes', () => {
    expect(readEnum('Не начато', ['не начато', 'выполнено'])).toEqual({ kind: 'ok', value: 'не начато' });
    expect(readEnum('5.2.6.3 "Я выбираю"', ['5.2.6.3 «Я выбираю»'])).toEqual({
      kind: 'ok',
      value: '5.2.6.3 «Я выбираю»',
    });
    expect(readEnum('учтённый', ['учтенный'])).toEqual({ kind: 'ok', value: 'учтенный' });
  });

  it('names the allowed values when the value is not one of them', () => {
    expect(readEnum('высокий', levels)).toEqual({
      kind: 'bad',
      code: 'not_in_list',
      params: { found: 'высокий', expected: ['базовый', 'основной', 'продвинутый'] },
    });
  });

  it.each<[unknown, unknown]>([
    ['', { kind: 'blank' }],
    ['#N/A', { kind: 'bad', code: 'formula_error', params: { error: '#N/A' } }],
  ])('reads %j', (cell, expected) => {
    expect(readEnum(cell, levels)).toEqual(expected);
  });
});

describe('readYesNo', () => {
  it.each<[unknown, boolean]>([
    ['да', true],
    ['Да', true],
    [' ДА ', true],
    ['yes', true],
    ['1', true],
    [1, true],
    ['ИСТИНА', true],
    ['TRUE', true],
    [true, true],
    ['нет', false],
    ['Нет.', false],
    ['no', false],
    [0, false],
    ['ЛОЖЬ', false],
    ['false', false],
    [false, false],
  ])('reads %j as %s', (cell, expected) => {
    expect(readYesNo(cell)).toEqual({ kind: 'ok', value: expected });
  });

  it.each<[unknown, string]>([
    ['может быть', 'not_yes_no'],
    [2, 'not_yes_no'],
    ['#N/A', 'formula_error'],
  ])('rejects %j with %s', (cell, code) => {
    expect(readYesNo(cell)).toMatchObject({ kind: 'bad', code });
  });
});
