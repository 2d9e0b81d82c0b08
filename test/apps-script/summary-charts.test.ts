import { describe, expect, it } from 'vitest';
import type { SidebarResult } from '../../addon/sidebar-protocol';
import { smallCity } from '../fixtures/small-city';
import { preparedCommittee, schoolFills } from './city';
import type { Json } from './fake/cell-apply';
import type { FakeSheet } from './fake/model';
import { sheetNamed, valuesOf } from './fake/model';
import { committeeFake } from './harness';

function builtCity() {
  const city = smallCity();
  const fake = committeeFake();
  preparedCommittee(fake, city.orgs);
  const tabs = fake.run('sidebarCall', 'createTabs', null) as SidebarResult;
  expect(tabs.ok, tabs.message).toBe(true);
  const active = city.orgs.filter((o) => o.active).map((o) => o.code);
  for (const grid of city.workbook.reports.filter((s) => active.includes(s.name))) schoolFills(fake.committee, grid);
  const build = () => {
    const result = fake.run('sidebarCall', 'build', null) as SidebarResult;
    expect(result.ok, result.message).toBe(true);
    return sheetNamed(fake.committee, 'Сводка') as FakeSheet;
  };
  return { fake, build };
}

/** Every source range of a chart (domain first, then the series). */
function sources(chart: Json): Json[] {
  const basic = chart.spec.basicChart;
  return [...basic.domains.map((d: Json) => d.domain), ...basic.series.map((s: Json) => s.series)].flatMap(
    (d: Json) => d.sourceRange.sources,
  );
}

describe('the charts of «Сводка» in Sheets', () => {
  it('draws the three charts over the tab’s own data rows, right of the indicators', () => {
    const { build } = builtCity();
    const summary = build();
    expect(summary.charts.map((c) => (c.chart as Json).spec.title)).toEqual([
      'ООО по уровню профминимума',
      'Охват профминимумом, 6–11 классы, по районам',
      'Исполнение дорожной карты по пунктам (организации)',
    ]);
    const values = valuesOf(summary);
    const lastTableRow = values.findIndex((row) => row[0] === 'Данные диаграмм');
    expect(lastTableRow).toBeGreaterThan(0);
    for (const { chart } of summary.charts) {
      const c = chart as Json;
      expect(c.spec.basicChart.chartType).toBe('BAR');
      expect(c.spec.basicChart.headerCount).toBe(1);
      const anchor = c.position.overlayPosition.anchorCell;
      expect(anchor.sheetId).toBe(summary.sheetId);
      // The grid reaches past the chart (Sheets does not scroll past the last column).
      expect(anchor.columnIndex + 6).toBeLessThanOrEqual(summary.columnCount);
      for (const range of sources(c)) {
        expect(range.sheetId).toBe(summary.sheetId);
        // Inside the «Данные диаграмм» block, every cell of the range filled in.
        expect(range.startRowIndex).toBeGreaterThan(lastTableRow);
        expect(range.endRowIndex).toBeLessThanOrEqual(values.length);
        expect(range.endColumnIndex - range.startColumnIndex).toBe(1);
        for (let r = range.startRowIndex; r < range.endRowIndex; r++) {
          expect(values[r]?.[range.startColumnIndex], `row ${r}`).not.toBe('');
        }
      }
      // The header row names the series: the chart reads its legend from it.
      const domain = sources(c)[0] as Json;
      expect(typeof values[domain.startRowIndex]?.[domain.startColumnIndex]).toBe('string');
    }
    const execution = summary.charts[2]?.chart as Json;
    expect(execution.spec.basicChart.stackedType).toBe('STACKED');
    expect(execution.spec.basicChart.series).toHaveLength(5);
  });

  it('replaces the charts on a second build: still three, new ids, the same gid', () => {
    const { fake, build } = builtCity();
    const first = build();
    const gid = first.sheetId;
    const firstIds = first.charts.map((c) => c.chartId);
    const second = build();
    expect(second.sheetId).toBe(gid);
    expect(second.charts).toHaveLength(3);
    expect(second.charts.map((c) => c.chartId).some((id) => firstIds.includes(id))).toBe(false);
    // No other tab got charts.
    const others = fake.committee.sheets.filter((s) => s.title !== 'Сводка' && s.charts.length > 0);
    expect(others.map((s) => s.title)).toEqual([]);
  });

  it('rebuilds after someone deleted a chart by hand (the ids come from the fresh metadata)', () => {
    const { build } = builtCity();
    const first = build();
    first.charts.splice(0, 1);
    expect(build().charts).toHaveLength(3);
  });

  it('applies nothing when a chart vanished between the read and the write (one batch: all or nothing)', () => {
    const { fake, build } = builtCity();
    const first = build();
    const before = JSON.stringify(valuesOf(first));
    fake.world.onBatchUpdate = () => {
      fake.world.onBatchUpdate = null;
      first.charts.splice(0, 1);
    };
    const result = fake.run('sidebarCall', 'build', null) as SidebarResult;
    expect(result.ok).toBe(false);
    const after = sheetNamed(fake.committee, 'Сводка') as FakeSheet;
    expect(JSON.stringify(valuesOf(after))).toBe(before);
    expect(after.charts).toHaveLength(2);
    // The next build reads the ids afresh and draws the three again.
    expect(build().charts).toHaveLength(3);
  });
});
