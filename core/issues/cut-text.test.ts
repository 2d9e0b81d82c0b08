import { describe, expect, it } from 'vitest';
import { cutText } from './cut-text';

describe('cutText', () => {
  it('cuts at the end of a word, with «…»', () => {
    expect(cutText('Организация профессиональных проб для обучающихся', 30)).toBe('Организация профессиональных…');
  });

  it('leaves a text that fits as it is, exactly at the limit too', () => {
    expect(cutText('Мониторинг', 10)).toBe('Мониторинг');
  });

  it('drops the punctuation and the open quotation the cut leaves hanging', () => {
    expect(cutText('Одно, два, три четыре', 12)).toBe('Одно, два…');
    expect(cutText('Проведение «Недели без турникетов»', 20)).toBe('Проведение…');
  });

  it('cuts inside a word only when one word is longer than the room', () => {
    expect(cutText('https://example.ru/a/very/long/address', 12)).toBe('https://exa…');
  });

  it('never cuts a title mid-word for any room', () => {
    const title = 'Участие в муниципальном конкурсе профессиональных проб для учащихся 6-11 классов «Я выбираю»';
    for (let room = 12; room < title.length; room++) {
      const cut = cutText(title, room);
      expect(cut.length).toBeLessThanOrEqual(room);
      expect(title.startsWith(cut.slice(0, -1))).toBe(true);
      expect(title.charAt(cut.length - 1)).toMatch(/\s|,|«/);
    }
  });
});
