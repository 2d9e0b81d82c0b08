import { describe, expect, it } from 'vitest';
import { readPhone } from './read-phone';

describe('readPhone', () => {
  it.each<[unknown, string]>([
    ['+7 (351) 123-45-67', '+7 351 123-45-67'],
    ['8 351 123 45 67', '+7 351 123-45-67'],
    ['83511234567', '+7 351 123-45-67'],
    ['7-351-123-45-67', '+7 351 123-45-67'],
    ['+73511234567', '+7 351 123-45-67'],
    ['8(912)000-00-00', '+7 912 000-00-00'],
    ['351 123-45-67', '+7 351 123-45-67'],
    [83511234567, '+7 351 123-45-67'],
    [9120000000, '+7 912 000-00-00'],
    ['8 (351) 123-45-67, доб. 205', '+7 351 123-45-67 доб. 205'],
    ['+7 351 123 45 67 вн. 3', '+7 351 123-45-67 доб. 3'],
  ])('reads %j', (cell, expected) => {
    expect(readPhone(cell)).toEqual({ kind: 'ok', value: expected });
  });

  it.each<[unknown, string]>([
    ['123-45-67', 'phone_wrong_length'],
    ['8 351 123 45 678', 'phone_wrong_length'],
    ['+1 212 555 0100', 'not_a_phone'],
    ['+7 351 123 45', 'phone_wrong_length'],
    ['+8 351 123 45 67', 'not_a_phone'],
    ['доб. 123', 'not_a_phone'],
    ['8 351 123 45 67 доб. два', 'not_a_phone'],
    ['8 351 123-45-67, 8 912 000-00-00', 'not_a_phone'],
    [true, 'not_a_phone'],
    ['#VALUE!', 'formula_error'],
  ])('rejects %j with %s', (cell, code) => {
    expect(readPhone(cell)).toMatchObject({ kind: 'bad', code });
  });

  it('never makes up a missing digit: after a trunk prefix 8 or 7 written apart, ten digits must follow', () => {
    expect(readPhone('8-351-123-45-6')).toEqual({
      kind: 'bad',
      code: 'phone_wrong_length',
      params: { found: '8-351-123-45-6', digits: 10 },
    });
    expect(readPhone('8 (912) 000-00-0')).toMatchObject({ kind: 'bad', code: 'phone_wrong_length' });
    expect(readPhone('7 351 123 45 6')).toMatchObject({ kind: 'bad', code: 'phone_wrong_length' });
    // Ten digits with no prefix written apart are a national number.
    expect(readPhone('3511234567')).toEqual({ kind: 'ok', value: '+7 351 123-45-67' });
  });

  it('counts the digits it found', () => {
    expect(readPhone('123-45-67')).toEqual({
      kind: 'bad',
      code: 'phone_wrong_length',
      params: { found: '123-45-67', digits: 7 },
    });
  });
});
