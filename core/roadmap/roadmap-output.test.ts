import { describe, expect, it } from 'vitest';
import { periodFailureCodes, periodNoteCodes, roadmapIssueCodes } from '../issues/roadmap-issue-codes';
import { builtinRoadmap } from './builtin-roadmap';
import { roadmapMessages } from '../issues/roadmap-messages';
import { roadmapJson } from './roadmap-json';
import { roadmapText } from './roadmap-text';

describe('roadmapJson', () => {
  it('has the fields of design §8 and the committee’s status per window', () => {
    const json = roadmapJson(builtinRoadmap(), '2024-01-15');
    expect(json.schoolYear).toBe('2023/2024');
    const item = json.items.find((i) => i.id === '3.2');
    expect(Object.keys(item ?? {})).toEqual(
      expect.arrayContaining(['id', 'kind', 'title', 'period', 'windows', 'reporters', 'responsible', 'result']),
    );
    expect(item?.committeeStatus).toEqual([
      { window: 1, status: 'in_progress', label: 'в работе' },
      { window: 2, status: 'not_due', label: 'не наступил срок' },
    ]);
  });
});

describe('roadmapText', () => {
  it('shows each item on one line with its windows and the committee’s status', () => {
    const text = roadmapText(builtinRoadmap(), '2024-01-15', 'встроенная');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('Дорожная карта 2023/2024 (встроенная), пунктов: 40; статус комитета на 15.01.2024');
    expect(lines).toHaveLength(43);
    expect(lines.find((l) => l.startsWith('4.3 '))).toMatch(
      /2 раза в год.*сентябрь 2023 – февраль 2024; мар.*ООО.*в работе; не наступил срок$/,
    );
  });

  it('says so when an item has no deadline', () => {
    const roadmap = builtinRoadmap();
    const first = roadmap.items[0]!;
    const odd = { ...roadmap, items: [{ ...first, windows: [] }] };
    expect(roadmapText(odd, '2024-01-15', 'лист')).toMatch(/без срока.*нет срока/);
  });
});

describe('roadmapMessages', () => {
  it('makes a Russian sentence of every code, for the tab and for the command line', () => {
    const params = {
      item: '3.2',
      words: 'по графику',
      schoolYear: '2023/2024',
      header: 'Срок',
      title: 'Т',
      value: 'x',
      guess: '1.2',
      firstRow: 3,
      used: 'пункт',
      count: 2,
      named: 3,
      period: 'в течение года (по графику)',
      window: 'октябрь 2023',
      parent: '3.1',
      rule: 'в ответственных: «ОО»',
    };
    for (const code of roadmapIssueCodes) {
      expect(roadmapMessages[code](params)).toMatch(/^[А-ЯЁ]/);
      expect(roadmapMessages[code](params)).not.toContain('…');
    }
    // `period` prints the deadline codes with no item.
    const { item: _, ...withoutItem } = params;
    for (const code of [...periodFailureCodes, ...periodNoteCodes]) {
      expect(roadmapMessages[code](withoutItem), code).toMatch(/^[А-ЯЁ]/);
    }
    expect(roadmapMessages.period_unknown_words({ words: 'по графику' })).toMatch(/^Срок «по графику» не распознан\./);
  });
});
