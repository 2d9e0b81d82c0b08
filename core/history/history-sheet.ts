import { tabNames } from '../grid/tab-names';
import type { OutputSheet, OutValue } from '../grid/output-sheet';
import { indicatorLabel } from '../indicators/indicator-labels';
import { type HistoryRow, historyCodeHeader, historyHeaders, historyKindLabels } from './history-row';

/**
 * One `История` line as cells, for appending: in the order of `header` (a tab written before may
 * have its columns in another order), the indicator's Russian name for people and its key for the
 * hidden column.
 *
 * @param row - the history row
 * @param header - the tab's header row as it stands; default the current layout
 * @example historyRowValues(row) // [{ kind: 'date', date: '2024-02-01' }, 'сборка', 'Город', 'Охват…', 190, 230, 'coverage']
 */
export function historyRowValues(row: HistoryRow, header: readonly string[] = historyHeaders): OutValue[] {
  const cells: Readonly<Record<(typeof historyHeaders)[number], OutValue>> = {
    Дата: { kind: 'date', date: row.date },
    Вид: historyKindLabels[row.kind],
    Территория: row.area,
    Показатель: indicatorLabel(row.indicator) ?? row.indicator,
    Числитель: row.numerator,
    Знаменатель: row.denominator,
    [historyCodeHeader]: row.indicator,
  };
  return header.map((name) => cells[name.trim() as keyof typeof cells] ?? null);
}

/**
 * The whole `История` tab (header and every row), for an adapter that rewrites the tab, such as
 * the .xlsx copy; the add-on appends `historyRowValues` instead. The key column is hidden.
 *
 * @param rows - all rows, old then new
 * @example historySheet([...readHistory(tab), ...append]).rows.length // 1 + rows
 */
export function historySheet(rows: readonly HistoryRow[]): OutputSheet {
  return {
    name: tabNames.history,
    rows: [[...historyHeaders], ...rows.map((row) => historyRowValues(row))],
    format: {
      frozenRows: 1,
      bold: [{ row: 0, column: 0, columns: historyHeaders.length }],
      fills: [{ row: 0, column: 0, columns: historyHeaders.length, fill: 'header' }],
      columnWidths: [90, 100, 160, 320, 90, 100, 170],
      text: [
        { row: 1, column: 2, rows: Math.max(1, rows.length), columns: 2 },
        { row: 1, column: 6, rows: Math.max(1, rows.length), columns: 1 },
      ],
      hiddenColumns: [historyHeaders.indexOf(historyCodeHeader)],
    },
  };
}
