import { describe, expect, it } from 'vitest';
import { cellPadding, fittingWidth, textWidth, wrappedLines } from './text-width';

describe('textWidth', () => {
  it('measures Russian text at about 7 px a character, narrow and wide letters apart', () => {
    expect(textWidth('Код')).toBe(24);
    expect(textWidth('iii')).toBeLessThan(textWidth('ШШШ') / 3);
    const line = 'Заполняйте белые ячейки; серые заполняет комитет.';
    expect(textWidth(line) / line.length).toBeGreaterThan(6);
    expect(textWidth(line) / line.length).toBeLessThan(8);
  });
  it('makes bold text wider, and nothing of an empty text', () => {
    expect(textWidth('Организация', true)).toBeGreaterThan(textWidth('Организация'));
    expect(textWidth('')).toBe(0);
  });
});

describe('wrappedLines', () => {
  it('keeps a text that fits on one line', () => {
    expect(wrappedLines('Код', 100)).toBe(1);
    expect(wrappedLines('', 100)).toBe(1);
  });
  it('breaks at spaces as the column allows', () => {
    const text = 'Обучающихся в губернаторских инженерных классах';
    expect(wrappedLines(text, textWidth(text) + cellPadding)).toBe(1);
    expect(wrappedLines(text, textWidth(text) + cellPadding - 1)).toBe(2);
    // «Обучающихся в» 99 px · «губернаторских» 97 px · «инженерных классах» 130 px
    expect(wrappedLines(text, 250)).toBe(2);
    expect(wrappedLines(text, 200)).toBe(3);
    expect(wrappedLines(text, 120)).toBe(4);
  });
  it('measures a short text of the widest letters as it measures any other (no shortcut wraps it wrong)', () => {
    for (const text of ['ЮЮЮЮЮЮ', '№№№ ююю', 'Ю—@№ ЖЩШ']) {
      const px = textWidth(text, true) + cellPadding;
      expect(wrappedLines(text, px, true)).toBe(1);
      expect(wrappedLines(text, px - 2, true)).toBe(2);
    }
  });
  it('counts each paragraph of a text with line breaks', () => {
    expect(wrappedLines('первая\nвторая\n\nчетвёртая', 300)).toBe(4);
  });
  it('cuts a word longer than the column over as many lines as it takes', () => {
    const word = 'а'.repeat(40); // 300 px
    expect(wrappedLines(word, 106)).toBe(3);
    expect(wrappedLines(`да ${word}`, 106)).toBe(4);
  });
});

describe('fittingWidth', () => {
  it('is the widest label with the padding of a cell', () => {
    expect(fittingWidth(['Код', 'Наименование'])).toBe(textWidth('Наименование') + cellPadding + 4);
    expect(fittingWidth(['Район'], true)).toBeGreaterThan(fittingWidth(['Район']));
  });
});
