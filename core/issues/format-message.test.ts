import { describe, expect, it } from 'vitest';
import { formatMessage, messageArguments } from './format-message';

const say = (template: string, params: Record<string, unknown> = {}, shell: 'addon' | 'cli' = 'addon') =>
  formatMessage(template, params, shell);

describe('formatMessage', () => {
  it('puts a text, and a number as bare digits, where `{name}` stands', () => {
    expect(say('Пункт {key} уже есть в строке {first}.', { key: '3.2', first: 12345 })).toBe(
      'Пункт 3.2 уже есть в строке 12345.',
    );
  });

  it('writes numbers, dates and lists as the catalogue shows them', () => {
    expect(say('{n, number} ч', { n: 41661.5 })).toBe('41\u00a0661,5 ч');
    expect(say('до {d, date}', { d: '2024-02-01' })).toBe('до 01.02.2024');
    expect(say('выберите {l, list, or}', { l: ['ООО', 'ДОО', 'ОДО'] })).toBe('выберите «ООО», «ДОО» или «ОДО»');
    expect(say('нет {l, list}', { l: ['Код', 'Тип'] })).toBe('нет «Код» и «Тип»');
    expect(say('{l, join} / {l, join, csv}', { l: ['code', 'name'] })).toBe('code, name / code,name');
  });

  it('agrees a noun with a number by Russian rules, `#` standing for the number', () => {
    const template = 'В отчёте {n, plural, one {# ошибка} few {# ошибки} many {# ошибок}}.';
    const cases: [number, string][] = [
      [1, '1 ошибка'],
      [2, '2 ошибки'],
      [5, '5 ошибок'],
      [11, '11 ошибок'],
      [21, '21 ошибка'],
      [0, '0 ошибок'],
      [1.5, '1,5 ошибки'],
      [1234, '1\u00a0234 ошибки'],
    ];
    for (const [n, words] of cases) expect(say(template, { n })).toBe(`В отчёте ${words}.`);
  });

  it('takes an exact `=N` branch first and `other` for any category not written', () => {
    const template = '{n, plural, =1 {один столбец} other {# столбцов}}';
    expect(say(template, { n: 1 })).toBe('один столбец');
    expect(say(template, { n: 21 })).toBe('21 столбцов');
    expect(say('{l, plural, =0 {} other { (и {l, join})}}', { l: [] })).toBe('');
    expect(say('{l, plural, =0 {} other { (и {l, join})}}', { l: ['а', 'б'] })).toBe(' (и а, б)');
  });

  it('selects a branch by a text, by an optional parameter missing, and by the shell', () => {
    const kind = '«{v}»{v, select, мероприятие { (участие)} other {}}.';
    expect(say(kind, { v: 'мероприятие' })).toBe('«мероприятие» (участие).');
    expect(say(kind, { v: 'пункт' })).toBe('«пункт».');
    const item = '{item, select, none {Срок} other {Пункт {item}: срок}} не указан.';
    expect(say(item, {})).toBe('Срок не указан.');
    expect(say(item, { item: '3.2' })).toBe('Пункт 3.2: срок не указан.');
    const shell =
      '{shell, select, addon {Выполните «Профкарта» → «Проверить».} cli {Запустите «npx profkarta check».}}';
    expect(say(shell, {}, 'addon')).toBe('Выполните «Профкарта» → «Проверить».');
    expect(say(shell, {}, 'cli')).toBe('Запустите «npx profkarta check».');
  });

  it('nests arguments in branches, `#` naming the nearest plural', () => {
    const template = '{a, plural, one {# раз, а {b, plural, one {# срок} other {# сроков}}} other {# раз}}';
    expect(say(template, { a: 1, b: 5 })).toBe('1 раз, а 5 сроков');
  });

  it('refuses a template whose braces do not pair', () => {
    expect(() => say('Пункт {key')).toThrow(/Непарная/);
    expect(() => say('Пункт {key}}')).toThrow(/Лишняя/);
    expect(() => say('{n, plural, one {# раз}')).toThrow(/Непарная/);
  });
});

describe('messageArguments', () => {
  it('lists every argument with its format, inside branches too', () => {
    expect(messageArguments('{n, plural, one {# раз в {year}} other {{d, date}}} {l, list, or}')).toEqual([
      { name: 'n', format: 'plural' },
      { name: 'year', format: '' },
      { name: 'd', format: 'date' },
      { name: 'l', format: 'list' },
    ]);
  });
});
