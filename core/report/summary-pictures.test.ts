import { describe, expect, it } from 'vitest';
import { smallCity } from '../../test/fixtures/small-city-report';
import { buildOutputs } from '../outputs/build-outputs';
import { pictureRowPixels } from '../grid/output-sheet';
import { withSummaryPictures } from './summary-pictures';

const outputs = buildOutputs(smallCity(), {
  generatedAt: { date: '2024-02-01', time: '10:15' },
  history: [],
  shell: 'cli',
  kind: 'build',
  charts: 'none',
});
const summary = outputs.sheets[0];
if (!summary) throw new Error('fixture');

describe('withSummaryPictures', () => {
  const sheet = withSummaryPictures(summary, outputs.json);
  const [levels, coverage, roadmap] = sheet.format.pictures ?? [];

  it('puts the levels and coverage charts side by side under the tables, the roadmap’s below them', () => {
    expect(sheet.format.pictures?.map((p) => p.title)).toEqual([
      'ООО по уровню профминимума',
      'Охват профминимумом, 6–11 классы',
      'Исполнение дорожной карты по пунктам',
    ]);
    expect(levels?.anchor).toEqual({ row: summary.rows.length, column: 0 });
    expect(coverage?.anchor.row).toBe(summary.rows.length);
    expect(coverage?.anchor.column).toBeGreaterThan(0);
    const topHeight = Math.max(levels?.height ?? 0, coverage?.height ?? 0);
    expect(((roadmap?.anchor.row ?? 0) - summary.rows.length) * pictureRowPixels).toBeGreaterThanOrEqual(topHeight);
    const tableWidth = (summary.format.columnWidths ?? []).reduce((a, b) => a + b, 0);
    expect(roadmap?.width).toBe(tableWidth);
    expect((levels?.width ?? 0) + (coverage?.width ?? 0)).toBeLessThanOrEqual(tableWidth);
    expect(roadmap?.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('starts the charts on a page of their own and keeps the rows as they were', () => {
    expect(sheet.format.print?.pageBreaks).toEqual([...(summary.format.print?.pageBreaks ?? []), summary.rows.length]);
    expect(sheet.rows).toBe(summary.rows);
    expect(summary.format.pictures).toBeUndefined();
  });
});
