import type { DateWindow, IsoDate } from '../dates/iso-date';
import type { RowStatus } from './row-status';
import type { RoadmapStatus } from './roadmap-item';

/** What an organisation (or the committee) entered for one item window; `status` null is blank, i.e. не начато. */
export interface WindowExecution {
  readonly status: RowStatus | null;
  readonly doneOn: IsoDate | null;
}

/**
 * The status of one item window as of a date (design §5). Done means `выполнено` with a date:
 * on or before the window's end (even before it opened) is in time, after it is late.
 * `выполнено` without a date counts as not done, because the lateness cannot be told and the
 * form check already reports the missing date as an error; a date without `выполнено` does not
 * count either (the form check warns). Not done: before the window `не наступил срок`, inside it
 * `в работе`, after its end `просрочено`.
 *
 * @param window - the item's window
 * @param execution - the status and completion date entered
 * @param asOf - the report date
 * @example windowStatus({ start: '2023-10-01', end: '2023-10-31' }, { status: null, doneOn: null }, '2023-11-01') // 'overdue'
 */
export function windowStatus(window: DateWindow, execution: WindowExecution, asOf: IsoDate): RoadmapStatus {
  if (execution.status === 'не участвуем') return 'not_participating';
  if (execution.status === 'выполнено' && execution.doneOn !== null) {
    return execution.doneOn <= window.end ? 'done_on_time' : 'done_late';
  }
  if (asOf < window.start) return 'not_due';
  return asOf <= window.end ? 'in_progress' : 'overdue';
}
