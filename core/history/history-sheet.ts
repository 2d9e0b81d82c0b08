import { tabNames } from '../grid/tab-names';
import { indicatorLabel } from '../indicators/indicator-labels';
import type { OutputSheet, OutValue } from '../grid/output-sheet';
import { type HistoryRow, historyHeaders, historyKindLabels } from './history-row';

/**
 * One `История` line as cells, for appending.
 *
 * @param row - the history row
 * @example historyRowValues(row) // [{ kind: 'date', date: '2024-02-01' }, 'сборка', 'Город', 'coverage', 'Охват…', 190, 230]
 */
export function historyRowValues(row: HistoryRow): OutValue[] {
  const label = indicatorLabel(row.indicator) ?? row.indicator;
  return [
    { kind: 'date', date: row.date },
    historyKindLabels[row.kind],
    row.area,
    row.indicator,
    label,
    row.numerator,
    row.denominator,
  ];
}

/**
 * The whole `История` tab (header and every row), for an adapter that rewrites the tab, such as
 * the .xlsx copy; the add-on appends `historyRowValues` instead.
 *
 * @param rows - all rows, old then new
 * @example historySheet([...readHistory(tab), ...append]).rows.length // 1 + rows
 */
export function historySheet(rows: readonly HistoryRow[]): OutputSheet {
  return {
    name: tabNames.history,
    rows: [[...historyHeaders], ...rows.map(historyRowValues)],
    format: {
      frozenRows: 1,
      bold: [{ row: 0, column: 0, columns: historyHeaders.length }],
      fills: [{ row: 0, column: 0, columns: historyHeaders.length, fill: 'header' }],
      columnWidths: [90, 100, 160, 170, 320, 90, 100],
      text: [{ row: 1, column: 2, rows: Math.max(1, rows.length), columns: 3 }],
    },
  };
}
