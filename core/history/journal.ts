import { tabNames } from '../grid/tab-names';
import type { IsoDate } from '../dates/iso-date';
import type { OutputSheet, OutValue } from '../grid/output-sheet';

export const journalHeaders = ['Когда', 'Кто', 'Действие', 'Итог', 'Сбой'] as const;

export type JournalAction = 'check' | 'build' | 'send' | 'reminder' | 'setup' | 'protection';

const actionLabels: Readonly<Record<JournalAction, string>> = {
  check: 'проверка',
  build: 'сборка сводки',
  send: 'отправка сводки',
  reminder: 'напоминание',
  setup: 'настройка',
  protection: 'защита листов',
};

/** One event of the append-only `Журнал`. */
export interface JournalEntry {
  readonly date: IsoDate;
  /** `HH:MM` in the spreadsheet's zone. */
  readonly time: string;
  /** The user's email, or «триггер» for a time-driven run. */
  readonly who: string;
  readonly what: JournalAction;
  /** What came out, in Russian: «собрано: 190 организаций, 12 с ошибками». */
  readonly outcome: string;
  /** The failure's Russian message; empty when all went well. */
  readonly failure: string;
}

/**
 * One `Журнал` line as cells, for appending; `who` may be any text and stays literal.
 *
 * @param entry - the event
 * @example journalRow({ date: '2024-02-01', time: '08:00', who: 'триггер', what: 'send', outcome: 'отправлено 3', failure: '' })
 */
export function journalRow(entry: JournalEntry): OutValue[] {
  return [
    { kind: 'datetime', date: entry.date, time: entry.time },
    entry.who,
    actionLabels[entry.what],
    entry.outcome,
    entry.failure,
  ];
}

/** A new `Журнал` tab with its header (the adapters append `journalRow`s below). */
export function journalSheet(rows: readonly JournalEntry[] = []): OutputSheet {
  return {
    name: tabNames.journal,
    rows: [[...journalHeaders], ...rows.map(journalRow)],
    format: {
      frozenRows: 1,
      bold: [{ row: 0, column: 0, columns: journalHeaders.length }],
      fills: [{ row: 0, column: 0, columns: journalHeaders.length, fill: 'header' }],
      columnWidths: [140, 200, 140, 360, 360],
      wrap: [{ row: 1, column: 3, rows: Math.max(1, rows.length), columns: 2 }],
    },
  };
}
