import type { DateWindow, IsoDate } from '../dates/iso-date';
import type { RowStatus } from '../form/submission';
import type { RoadmapStatus } from '../roadmap/roadmap-item';

/** What an organisation reported for one item window; `null` when the row or the tab is missing. */
export interface PairReport {
  readonly status: RowStatus | null;
  readonly doneOn: IsoDate | null;
}

/**
 * Status of one organisation × item window as of a date (design §5). A missing row counts as not
 * done. Local to the indicators so they do not wait on the roadmap module; same rules.
 *
 * @param window - the item's window
 * @param report - what the organisation wrote, or null
 * @param asOf - the report date
 * @example pairStatus({ start: '2023-10-01', end: '2023-10-31' }, null, '2024-02-01') // 'overdue'
 */
export function pairStatus(window: DateWindow, report: PairReport | null, asOf: IsoDate): RoadmapStatus {
  if (report?.status === 'не участвуем') return 'not_participating';
  // Done without a date cannot be told in time or late: it counts as not done (the check reports it).
  if (report?.status === 'выполнено' && report.doneOn !== null) {
    return report.doneOn <= window.end ? 'done_on_time' : 'done_late';
  }
  if (asOf < window.start) return 'not_due';
  if (asOf <= window.end) return 'in_progress';
  return 'overdue';
}

/** A pair counts in `roadmapDone` once its window has closed by the report date. */
export function isDue(window: DateWindow, asOf: IsoDate): boolean {
  return window.end < asOf;
}
