import { tabNames } from '../grid/tab-names';
import type { OutputSheet } from '../grid/output-sheet';
import type { OrgState } from './org-state';

/** Its headers, in order. */
export const stateHeaders = ['Код', 'Впервые сдан', 'Хеш', 'Последнее напоминание'] as const;

/**
 * The hidden `Состояние` tab: one row per organisation. Everything is written as text
 * (dates as `YYYY-MM-DD`) so neither Sheets nor Excel reinterprets a code or a hash.
 *
 * @param states - one per organisation
 * @example stateSheet([{ code: 'S1', firstSubmitted: '2023-10-02', hash: 'ab12', lastReminder: null }]).rows[1] // ['S1', '2023-10-02', 'ab12', null]
 */
export function stateSheet(states: readonly OrgState[]): OutputSheet {
  const rows = [[...stateHeaders], ...states.map((s) => [s.code, s.firstSubmitted, s.hash, s.lastReminder])];
  return {
    name: tabNames.state,
    rows,
    format: {
      hidden: true,
      frozenRows: 1,
      bold: [{ row: 0, column: 0, columns: stateHeaders.length }],
      text: [{ row: 0, column: 0, rows: rows.length, columns: stateHeaders.length }],
      columnWidths: [120, 110, 200, 160],
    },
  };
}
