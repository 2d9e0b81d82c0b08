import { describe, expect, it } from 'vitest';
import { builtinRoadmap } from './builtin-roadmap';
import { eventOptions } from './event-options';
import { formRoadmapRows } from './form-roadmap-rows';
import { matchEventLabel } from './match-event-label';
import { windowLabel } from './window-label';

const roadmap = builtinRoadmap();

describe('windowLabel', () => {
  it.each([
    ['2023-10-01', '2023-10-31', 'октябрь 2023'],
    ['2024-03-01', '2024-05-31', 'март – май 2024'],
    ['2023-12-01', '2024-01-31', 'декабрь 2023 – январь 2024'],
    ['2023-10-15', '2023-10-15', '15.10.2023'],
    ['2023-09-01', '2023-09-15', '01.09.2023 – 15.09.2023'],
    ['2024-02-01', '2024-02-29', 'февраль 2024'],
  ])('labels %s – %s as %j', (start, end, label) => {
    expect(windowLabel({ start, end })).toBe(label);
  });
});

describe('formRoadmapRows', () => {
  it('gives an ООО one row per window of 3.2 and 4.3, labelled by window', () => {
    const rows = formRoadmapRows(roadmap, 'ООО');
    expect(rows.filter((row) => row.itemId === '3.2')).toEqual([
      expect.objectContaining({ window: 1, key: '3.2/1', periodText: 'декабрь 2023 – январь 2024' }),
      expect.objectContaining({ window: 2, key: '3.2/2', periodText: 'май – июнь 2024' }),
    ]);
    expect(rows.filter((row) => row.itemId === '4.3').map((row) => row.periodText)).toEqual([
      'сентябрь 2023 – февраль 2024',
      'март – август 2024',
    ]);
    expect(rows.find((row) => row.itemId === '1.2')).toEqual({
      itemId: '1.2',
      window: 1,
      key: '1.2',
      title: expect.stringMatching(/^Разработка планов/),
      periodText: 'Октябрь 2023 г.',
    });
  });

  it('lists only the items of kind пункт the type reports on', () => {
    expect([...new Set(formRoadmapRows(roadmap, 'ДОО').map((row) => row.itemId))]).toEqual([
      '1.2',
      '3.1',
      '3.1.1',
      '5.1.1',
      '5.1.2',
      '5.2.2',
    ]);
    const ooo = new Set(formRoadmapRows(roadmap, 'ООО').map((row) => row.itemId));
    expect(ooo.has('5.2.5.9')).toBe(true);
    expect(ooo.has('5.2.6.3')).toBe(false);
    expect(ooo.has('1.1')).toBe(false);
  });

  it('still gives an item with an unreadable deadline one row', () => {
    const odd = {
      ...roadmap,
      items: roadmap.items.map((item) => (item.id === '1.2' ? { ...item, period: 'по графику', windows: [] } : item)),
    };
    expect(formRoadmapRows(odd, 'ОДО').find((row) => row.itemId === '1.2')).toMatchObject({
      key: '1.2',
      window: 1,
      periodText: 'по графику',
    });
  });
});

describe('eventOptions', () => {
  it('offers ДОО the preschool events and the events open to all', () => {
    expect(eventOptions(roadmap, 'ДОО').map((option) => option.label)).toEqual([
      '5.2.5.2 «ИкаР»',
      '5.2.5.3 «ПРОФЕСТ»',
      '5.2.5.4 Участие в региональном фестивале детского творчества…',
      '5.2.5.10 Участие в региональном конкурсе на лучшую практику…',
      '5.2.6.2 «Кем быть?»',
      '5.2.6.7 «Почемучки»',
      '5.2.6.8 «Я исследователь»',
    ]);
  });

  it('offers ООО «Я выбираю» and not «Кем быть?»', () => {
    const labels = eventOptions(roadmap, 'ООО').map((option) => option.label);
    expect(labels).toContain('5.2.6.3 «Я выбираю»');
    expect(labels).toContain('5.2.5.7 «Профессионалы»');
    expect(labels.some((label) => label.startsWith('5.2.6.2 '))).toBe(false);
    expect(labels.some((label) => label.startsWith('5.2.5.9 '))).toBe(false);
  });
});

describe('matchEventLabel', () => {
  it.each([
    ['5.2.6.3 «Я выбираю»', '5.2.6.3'],
    ['5.2.6.3 «Я выбираю» (городской этап)', '5.2.6.3'],
    ['  5.2.6.3', '5.2.6.3'],
    ['п. 5.2.6.3', '5.2.6.3'],
    ['5.2.6.3. Я выбираю', '5.2.6.3'],
    ['«Я выбираю»', '5.2.6.3'],
    ['я выбираю', '5.2.6.3'],
    ['5.2.6.33 что-то', null],
    ['1.2 Разработка планов', null],
    ['Я не знаю', null],
    ['', null],
  ])('matches %j to %j', (text, id) => {
    expect(matchEventLabel(text, roadmap)).toBe(id);
  });
});
