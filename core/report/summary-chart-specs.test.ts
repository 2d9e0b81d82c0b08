import { describe, expect, it } from 'vitest';
import { smallCity } from '../../test/fixtures/small-city-report';
import { buildOutputs } from '../outputs/build-outputs';
import { summaryChartSpecs } from './summary-chart-specs';

const json = buildOutputs(smallCity(), {
  generatedAt: { date: '2024-02-01', time: '10:15' },
  history: [],
  shell: 'cli',
  kind: 'build',
}).json;

describe('summaryChartSpecs', () => {
  const [levels, coverage, roadmap] = summaryChartSpecs(json);

  it('puts the ООО by level on a true 0–100 % scale: shares of all ООО, not of the largest level', () => {
    expect(levels.bars.map((b) => [b.label, b.segments[0]?.share])).toEqual([
      ['базовый', 1 / 3],
      ['основной', 1 / 3],
      ['продвинутый', 0],
      ['не указан', 1 / 3],
    ]);
    expect(levels.bars[0]?.text).toBe('1 (33,3 %)');
    expect(levels.axis).toBe('доля ООО города (всего 3), %');
  });

  it('shows each district’s coverage and the city’s, in colours the legend names', () => {
    expect(coverage.bars.map((b) => b.label)).toEqual(['Калининский', 'Ленинский', 'Город']);
    expect(coverage.bars[1]?.text).toBe('нет данных');
    const colours = new Set(coverage.bars.flatMap((b) => b.segments.map((s) => s.colour)));
    expect([...colours].every((c) => coverage.legend.some((e) => e.colour === c))).toBe(true);
  });

  it('names each roadmap item by number and shortened title, its bar split into shares of those taking part', () => {
    const first = roadmap.bars[0];
    expect(first?.label).toBe('1.2 Назначение ответственных…');
    const shares = first?.segments.map((s) => s.share) ?? [];
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(first?.text).toBe('выполнено 40,0 % (2 из 5)');
    // 3.2 has two windows: the label tells them apart; the open one says where it stands.
    expect(roadmap.bars.map((b) => b.label)).toContain('3.2 Мониторинг профминимума (срок 2)');
    expect(roadmap.bars.find((b) => b.label.endsWith('(срок 2)'))?.text).toBe('срок с 01.05.2024');
    expect(roadmap.legend.map((e) => e.label)).toEqual([
      'выполнено в срок',
      'выполнено с нарушением срока',
      'в работе',
      'просрочено',
      'срок не наступил',
    ]);
    const used = new Set(roadmap.bars.flatMap((b) => b.segments.map((s) => s.colour)));
    expect([...used].every((c) => roadmap.legend.some((e) => e.colour === c))).toBe(true);
  });

  it('draws a bar and writes its text on one base, stated: those that take part', () => {
    // As found: 3.2/1 had 1 of 3 done and 1 «не участвуем»: a 33 % green bar labelled «выполнено 50,0 %».
    const bar = roadmap.bars.find((b) => b.label.endsWith('(срок 1)'));
    const done = (bar?.segments ?? []).filter((s) => s.name.startsWith('выполнено')).reduce((a, s) => a + s.share, 0);
    expect(done).toBeCloseTo(0.5);
    expect(bar?.text).toBe('выполнено 50,0 % (1 из 2); не участвуют 1');
    expect(bar?.segments.reduce((a, s) => a + s.share, 0)).toBeCloseTo(1);
    expect(roadmap.axis).toMatch(/участвующих в пункте.*кроме ответивших «не участвуем»/);
  });

  it('does not change the summary', () => {
    const copy = structuredClone(json);
    summaryChartSpecs(json);
    expect(json).toEqual(copy);
  });
});
