import { gridBox } from './a1-range';
import type { SheetChart } from '../../core/grid/output-sheet';
import type { SheetMeta } from './spreadsheet-meta';

type Request = GoogleAppsScript.Sheets.Schema.Request;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;

/** Size of a chart on the tab, pixels. */
const chartWidth = 600;
const chartHeight = 371;

/**
 * The cells a chart covers at Sheets' default sizes (100 × 21 px): the grid must reach them, as
 * Sheets does not scroll past the last column or row and would cut the chart off.
 */
export function chartFootprint(chart: SheetChart): { row: number; column: number; rows: number; columns: number } {
  return {
    ...chart.anchor,
    rows: Math.ceil(chartHeight / 21),
    columns: Math.ceil(chartWidth / 100),
  };
}

function rgb(hex: string): { red: number; green: number; blue: number } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}

function column(sheetId: number, chart: SheetChart, index: number): { sourceRange: { sources: GridRange[] } } {
  return {
    sourceRange: {
      sources: [gridBox(sheetId, chart.firstRow, chart.lastRow + 1, index, index + 1)],
    },
  };
}

/** One `addChart`: horizontal bars over the tab's own cells, the first row being the series' names. */
export function addChartRequest(sheetId: number, chart: SheetChart): Request {
  return {
    addChart: {
      chart: {
        spec: {
          title: chart.title,
          basicChart: {
            chartType: 'BAR',
            legendPosition: chart.seriesColumns.length > 1 ? 'BOTTOM_LEGEND' : 'NO_LEGEND',
            headerCount: 1,
            ...(chart.type === 'stackedBar' ? { stackedType: 'STACKED' } : {}),
            domains: [{ domain: column(sheetId, chart, chart.domainColumn) }],
            series: chart.seriesColumns.map((c, i) => {
              const colour = chart.colours?.[i];
              // BAR charts draw values along the bottom axis.
              return {
                series: column(sheetId, chart, c),
                targetAxis: 'BOTTOM_AXIS',
                ...(colour ? { color: rgb(colour) } : {}),
              };
            }),
          },
        },
        position: {
          overlayPosition: {
            anchorCell: { sheetId, rowIndex: chart.anchor.row, columnIndex: chart.anchor.column },
            offsetXPixels: 0,
            offsetYPixels: 0,
            widthPixels: chartWidth,
            heightPixels: chartHeight,
          },
        },
      },
    },
  };
}

/**
 * The requests that replace a tab's charts: delete those it has (by the ids the meta read), then
 * add `charts`. Put in the tab's own batch, so a rebuild never doubles them and the tab keeps its gid.
 *
 * @param sheetId - the tab
 * @param existing - the tab as it is now (its `charts` ids), or null for a new tab
 * @param charts - the charts to draw
 */
export function chartRequests(
  sheetId: number,
  existing: SheetMeta | null,
  charts: readonly SheetChart[] = [],
): { remove: Request[]; add: Request[] } {
  return {
    remove: (existing?.charts ?? []).map((objectId) => ({ deleteEmbeddedObject: { objectId } })),
    add: charts.map((chart) => addChartRequest(sheetId, chart)),
  };
}
