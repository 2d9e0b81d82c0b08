import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Length } from './utf8-length';

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['Сводка', 12],
    ['«»', 4],
    ['€', 3],
    ['😀', 4],
    ['\ud83d', 3],
  ])('counts %j as %i bytes', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
  });

  it('agrees with Node for any text, JSON of Cyrillic included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const json = JSON.stringify({ text });
        expect(utf8Length(json)).toBe(Buffer.byteLength(json, 'utf8'));
      }),
    );
  });
});
