import type { DateWindow, IsoDate } from '../dates/iso-date';
import type { RowStatus } from '../roadmap/row-status';
import type { RoadmapStatus } from '../roadmap/roadmap-item';
import { windowStatus } from '../roadmap/window-status';

/** What an organisation reported for one item window; `null` when the row or the tab is missing. */
export interface PairReport {
  readonly status: RowStatus | null;
  readonly doneOn: IsoDate | null;
}

const notDone: PairReport = { status: null, doneOn: null };

/**
 * Status of one organisation × item window as of a date (design §5, the roadmap module's
 * `windowStatus`); a missing row or tab counts as not done.
 *
 * @param window - the item's window
 * @param report - what the organisation wrote, or null
 * @param asOf - the report date
 * @example pairStatus({ start: '2023-10-01', end: '2023-10-31' }, null, '2024-02-01') // 'overdue'
 */
export function pairStatus(window: DateWindow, report: PairReport | null, asOf: IsoDate): RoadmapStatus {
  return windowStatus(window, report ?? notDone, asOf);
}
