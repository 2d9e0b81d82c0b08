import { describe, expect, it } from 'vitest';
import type { OutputSheet, SheetChart } from '../../core/grid/output-sheet';
import { addChartRequest, chartRequests } from './chart-requests';
import { sheetRequests, sheetSize } from './sheet-requests';
import type { SheetMeta } from './spreadsheet-meta';

const stacked: SheetChart = {
  title: 'Исполнение',
  type: 'stackedBar',
  firstRow: 10,
  lastRow: 13,
  domainColumn: 0,
  seriesColumns: [1, 2],
  anchor: { row: 2, column: 8 },
  colours: ['#ff0000'],
};

const existing: SheetMeta = {
  sheetId: 7,
  title: 'Сводка',
  index: 0,
  hidden: false,
  rows: 20,
  columns: 5,
  protections: [],
  charts: [101, 102],
};

const kinds = (requests: object[]) => requests.map((r) => Object.keys(r)[0]);

describe('addChartRequest', () => {
  it('draws bars over the rows firstRow–lastRow, the first row naming the series', () => {
    const spec = addChartRequest(7, stacked).addChart?.chart;
    const basic = spec?.spec?.basicChart;
    expect(spec?.spec?.title).toBe('Исполнение');
    expect(basic).toMatchObject({ chartType: 'BAR', headerCount: 1, stackedType: 'STACKED' });
    expect(basic?.domains?.[0]?.domain?.sourceRange?.sources).toEqual([
      { sheetId: 7, startRowIndex: 10, endRowIndex: 14, startColumnIndex: 0, endColumnIndex: 1 },
    ]);
    expect(basic?.series?.map((s) => s.series?.sourceRange?.sources?.[0]?.startColumnIndex)).toEqual([1, 2]);
    expect(basic?.series?.map((s) => s.targetAxis)).toEqual(['BOTTOM_AXIS', 'BOTTOM_AXIS']);
    // A colour for the first series only: the second takes the chart's default.
    expect(basic?.series?.[0]?.color).toEqual({ red: 1, green: 0, blue: 0 });
    expect(basic?.series?.[1]).not.toHaveProperty('color');
    expect(spec?.position?.overlayPosition?.anchorCell).toEqual({ sheetId: 7, rowIndex: 2, columnIndex: 8 });
  });

  it.each([
    ['bar', [1], 'NO_LEGEND', undefined],
    ['stackedBar', [1, 2], 'BOTTOM_LEGEND', 'STACKED'],
  ] as const)('a %s of %j series: legend %s, stacking %s', (type, seriesColumns, legend, stacking) => {
    const basic = addChartRequest(1, { ...stacked, type, seriesColumns }).addChart?.chart?.spec?.basicChart;
    expect(basic?.legendPosition).toBe(legend);
    expect(basic?.stackedType).toBe(stacking);
  });
});

describe('chartRequests', () => {
  it('deletes the tab’s charts by id and adds the new ones', () => {
    const { remove, add } = chartRequests(7, existing, [stacked]);
    expect(remove).toEqual([{ deleteEmbeddedObject: { objectId: 101 } }, { deleteEmbeddedObject: { objectId: 102 } }]);
    expect(kinds(add)).toEqual(['addChart']);
  });

  it('deletes nothing on a new tab', () => {
    expect(chartRequests(7, null, [stacked]).remove).toEqual([]);
  });
});

describe('sheetRequests with charts', () => {
  const sheet = (charts?: SheetChart[]): OutputSheet => ({
    name: 'Сводка',
    rows: Array.from({ length: 14 }, (_, r) => ['x', r, r]),
    format: charts ? { charts } : {},
  });

  it('replaces the charts in the tab’s own request list: deletes first, adds after the cells', () => {
    const requests = kinds(sheetRequests(sheet([stacked]), { sheetId: 7, existing }));
    expect(requests.slice(0, 2)).toEqual(['deleteEmbeddedObject', 'deleteEmbeddedObject']);
    expect(requests.indexOf('addChart')).toBeGreaterThan(requests.indexOf('updateCells'));
    expect(requests.filter((k) => k === 'addChart')).toHaveLength(1);
  });

  it('leaves the charts of a tab that declares none (people’s own charts on other tabs stay)', () => {
    const requests = kinds(sheetRequests(sheet(), { sheetId: 7, existing }));
    expect(requests).not.toContain('deleteEmbeddedObject');
    expect(requests).not.toContain('addChart');
  });

  it('deletes the old charts when a tab declares an empty list', () => {
    expect(kinds(sheetRequests(sheet([]), { sheetId: 7, existing }))).toContain('deleteEmbeddedObject');
  });

  it('grows the grid to cover the chart (anchor cell, then 6 columns × 18 rows at default sizes)', () => {
    expect(sheetSize(sheet([{ ...stacked, anchor: { row: 30, column: 12 } }]))).toEqual({ rows: 48, columns: 18 });
  });
});
