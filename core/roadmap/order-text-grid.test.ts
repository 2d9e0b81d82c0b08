import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRoadmap } from './builtin-roadmap';
import { orderCellText, orderTextGrid } from './order-text-grid';
import { readRoadmap } from './read-roadmap';

const seed = readFileSync(new URL('../../test/fixtures/orders/order-1828-u.txt', import.meta.url), 'utf8');

function read(grid: string[][] | null, start = 2023) {
  return readRoadmap({ name: 'Дорожная карта', values: grid ?? [] }, { start }, 'UTC');
}

describe('orderTextGrid', () => {
  it('reads the order’s table as copied from Word: header, headings and rows, the order’s text skipped', () => {
    const grid = orderTextGrid(seed);
    expect(grid?.[0]).toEqual(['№ п/п', 'Мероприятие', 'Срок исполнения', 'Ответственные, исполнители', 'Результат']);
    expect(grid?.[1]).toEqual([
      '1',
      'Постановка целей и задач по самоопределению и профессиональной ориентации обучающихся',
    ]);
    expect(grid?.find((row) => row[0] === '3.2')?.[2]).toBe('Декабрь 2023 г.\n- Январь 2024 г.\nМай – июнь 2024 г.');
    expect(grid?.find((row) => row[0] === '2.2')?.[4]).toMatch(/^Образовательный процесс организован/);
    expect(grid).toHaveLength(50);
  });

  it('gives exactly the built-in roadmap when read as the roadmap tab', () => {
    const read2023 = read(orderTextGrid(seed));
    expect(read2023.roadmap).toStrictEqual(builtinRoadmap());
    expect(read2023.issues.every((issue) => issue.severity === 'info')).toBe(true);
    expect(read2023.issues.filter((issue) => issue.code === 'roadmap_item_numbered')).toHaveLength(21);
  });

  it('reads a row per line with tab-separated cells, as a spreadsheet copies it', () => {
    const text = [
      'Дорожная карта на 2024/2025 учебный год',
      '№ п/п\tМероприятие\tСрок исполнения\tОтветственные, исполнители\tРезультат',
      '1\tПостановка целей',
      '1.1\tРазработка планов\tОктябрь 2024 г.\tобразовательные организации\t"Разработаны планы,\nутверждены приказом"',
      '\tУчастие в проекте «Билет в будущее»\tВ течение года\t"Комитет\nОО"\tРеализуется проект',
    ].join('\r\n');
    expect(orderTextGrid(text)).toEqual([
      ['№ п/п', 'Мероприятие', 'Срок исполнения', 'Ответственные, исполнители', 'Результат'],
      ['1', 'Постановка целей'],
      [
        '1.1',
        'Разработка планов',
        'Октябрь 2024 г.',
        'образовательные организации',
        'Разработаны планы,\nутверждены приказом',
      ],
      ['', 'Участие в проекте «Билет в будущее»', 'В течение года', 'Комитет\nОО', 'Реализуется проект'],
    ]);
    const items = read(orderTextGrid(text), 2024).roadmap.items;
    expect(items.map((item) => [item.id, item.kind, item.reporters])).toEqual([
      ['1.1', 'пункт', ['ООО', 'ДОО', 'ОДО']],
      ['1.1.1', 'пункт', ['ООО']],
    ]);
  });

  it('gives null for text with no roadmap table', () => {
    expect(orderTextGrid('Приказ\n\nО внесении изменений\n\tпункт первый')).toBeNull();
    expect(orderTextGrid('')).toBeNull();
  });

  it('never throws on any text', () => {
    for (const text of ['\t', '\t№ п/п\n', '\t№ п/п\n\n\n\t\t\t', '"', '№ п/п\tСрок\n"не закрыто']) {
      expect(() => orderTextGrid(text)).not.toThrow();
    }
  });
});

describe('orderCellText', () => {
  it.each([
    [['Комитет,', '', 'МБУ ДПО ЦРО '], 'Комитет,\nМБУ ДПО ЦРО'],
    [['В течение ', '', 'года'], 'В течение \nгода'],
    [['  ', ''], ''],
    [['в\u00a0образовательной организации'], 'в образовательной организации'],
  ])('joins %j as %j', (paragraphs, text) => {
    expect(orderCellText(paragraphs)).toBe(text);
  });
});
