import { describe, expect, it } from 'vitest';
import { readEmail } from './read-email';
import { readEmails } from './read-emails';

describe('readEmail', () => {
  it.each<[unknown, string]>([
    ['ivanova@example.ru', 'ivanova@example.ru'],
    [' Ivanova.A@Example.RU ', 'ivanova.a@example.ru'],
    ['mailto:school108@example.org', 'school108@example.org'],
    ['<a-b_c+d@mail.example.ru>', 'a-b_c+d@mail.example.ru'],
    ['директор@школа.рф', 'директор@школа.рф'],
  ])('reads %j', (cell, expected) => {
    expect(readEmail(cell)).toEqual({ kind: 'ok', value: expected });
  });

  it.each<[unknown, string]>([
    ['ivanova', 'not_an_email'],
    ['ivanova@example', 'not_an_email'],
    ['a@b@example.ru', 'not_an_email'],
    ['a..b@example.ru', 'not_an_email'],
    ['a@example.ru, b@example.ru', 'not_an_email'],
    [12, 'not_an_email'],
    ['#N/A', 'formula_error'],
  ])('rejects %j with %s', (cell, code) => {
    expect(readEmail(cell)).toMatchObject({ kind: 'bad', code });
  });
});

describe('readEmails', () => {
  it.each<[string, string[]]>([
    ['a@example.ru', ['a@example.ru']],
    ['a@example.ru, b@example.ru', ['a@example.ru', 'b@example.ru']],
    ['a@example.ru;b@example.ru', ['a@example.ru', 'b@example.ru']],
    ['a@example.ru\nb@example.ru  c@example.ru', ['a@example.ru', 'b@example.ru', 'c@example.ru']],
    ['A@example.ru; a@example.ru', ['a@example.ru']],
    ['Иванова А. П. <ivanova@example.ru>, Петров <petrov@example.ru>', ['ivanova@example.ru', 'petrov@example.ru']],
  ])('reads %j', (cell, expected) => {
    expect(readEmails(cell)).toEqual({ kind: 'ok', value: expected });
  });

  it('keeps the good addresses and reports each bad one with its text', () => {
    expect(readEmails('a@example.ru; директор; b@example')).toEqual({
      kind: 'ok',
      value: ['a@example.ru'],
      warnings: [
        { code: 'bad_email_in_list', params: { found: 'директор' } },
        { code: 'bad_email_in_list', params: { found: 'b@example' } },
      ],
    });
  });

  it('is bad when no address is valid', () => {
    expect(readEmails('нет почты')).toEqual({ kind: 'bad', code: 'not_an_email', params: { found: 'нет почты' } });
  });

  it('reads a blank cell as blank', () => {
    expect(readEmails(' ')).toEqual({ kind: 'blank' });
  });
});
