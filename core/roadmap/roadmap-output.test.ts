import { describe, expect, it } from 'vitest';
import { formatIssue } from '../issues/format-issue';
import { builtinRoadmap } from './builtin-roadmap';
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
      // A column too narrow for the windows ends at a whole word.
      /2 раза в год.*сентябрь 2023 – февраль 2024… +ООО.*в работе; не наступил срок$/,
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
  it('words a deadline for the command line without an item, and on the tab with it', () => {
    expect(formatIssue({ code: 'period_unknown_words', params: { words: 'по графику' } }, 'cli')).toMatch(
      /^Срок «по графику» не распознан\./,
    );
    expect(
      formatIssue({ code: 'period_unknown_words', params: { words: 'по графику', item: '3.2' } }, 'addon'),
    ).toMatch(/^Пункт 3\.2: срок «по графику» не распознан, у пункта нет срока\./);
  });

  it('agrees the counts of a deadline with their nouns', () => {
    const text = formatIssue(
      { code: 'period_count_mismatch', params: { words: '2 раза в год (октябрь)', count: 2, named: 1 } },
      'cli',
    );
    expect(text).toContain('называет 2 раза, а в скобках — 1 срок');
  });
});
