import { describe, expect, it } from 'vitest';
import { formatIssue } from '../issues/format-issue';
import { builtinRoadmap } from './builtin-roadmap';
import { roadmapJson } from './roadmap-json';
import { roadmapText } from './roadmap-text';

describe('roadmapJson', () => {
  it('has the fields of design §8 and the committee’s status per window of its own items', () => {
    const json = roadmapJson(builtinRoadmap(), '2024-01-15');
    expect(json.schoolYear).toBe('2023/2024');
    const item = json.items.find((i) => i.id === '3.2');
    expect(Object.keys(item ?? {})).toEqual(
      expect.arrayContaining(['id', 'kind', 'title', 'period', 'windows', 'reporters', 'responsible', 'result']),
    );
    expect(json.items.find((i) => i.id === '4.1')?.committeeStatus).toEqual([
      { window: 1, status: 'in_progress', label: 'в работе' },
    ]);
  });

  it('gives no committee status to an item the organisations report on (1.2 is the schools’)', () => {
    const json = roadmapJson(builtinRoadmap(), '2024-02-01');
    expect(json.items.find((i) => i.id === '1.2')?.committeeStatus).toEqual([]);
    expect(json.items.find((i) => i.id === '3.2')?.committeeStatus).toEqual([]);
  });
});

describe('roadmapText', () => {
  it('shows each item on one line with its windows and the committee’s status', () => {
    const text = roadmapText(builtinRoadmap(), '2024-01-15', 'встроенная');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('Дорожная карта 2023/2024 (встроенная), пунктов: 40; статус комитета на 15.01.2024');
    expect(lines).toHaveLength(46);
    expect(lines.find((l) => l.startsWith('4.3 '))).toMatch(
      // A column too narrow for the windows ends at a whole word.
      /2 раза в год.*сентябрь 2023 – февраль 2024… +ООО +—$/,
    );
    expect(lines.find((l) => l.startsWith('4.1 '))).toMatch(/комитет +в работе$/);
  });

  it('shows «—» as the committee’s status of an item the organisations report on, and says why', () => {
    // As found: `roadmap --book demo.xlsx` showed 1.2 «просрочено» under «Статус комитета».
    const text = roadmapText(builtinRoadmap(), '2024-02-01', 'встроенная');
    expect(text.split('\n').find((l) => l.startsWith('1.2 '))).toMatch(/ООО, ДОО, ОДО +—$/);
    expect(text).not.toMatch(/^1\.2 .*просрочено/m);
    expect(text).toContain('«Статус комитета» — только у пунктов комитета');
  });

  it('shows how the organisations stand, in a column of its own, when a book’s check gives it', () => {
    const progress = new Map([['1.2', 'выполнено 83,0 % (5 из 6)']]);
    const lines = roadmapText(builtinRoadmap(), '2024-02-01', 'книга', progress).split('\n');
    expect(lines[2]).toMatch(/Статус комитета +Организации$/);
    expect(lines.find((l) => l.startsWith('1.2 '))).toMatch(/ООО, ДОО, ОДО +— +выполнено 83,0 % \(5 из 6\)$/);
    expect(lines.find((l) => l.startsWith('4.1 '))).toMatch(/комитет +просрочено +—$/);
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
