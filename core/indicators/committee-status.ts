import type { DateWindow, IsoDate } from '../dates/iso-date';
import type { RowStatus } from '../form/submission';
import type { RoadmapItem, RoadmapStatus } from '../roadmap/roadmap-item';
import { pairStatus } from './pair-status';

/** The committee's `Статус` as written, read like a school's status (tolerant to case and spaces). */
function committeeRowStatus(text: string): RowStatus {
  const t = text.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
  if (t.startsWith('выполн')) return 'выполнено';
  if (t === 'не участвуем') return 'не участвуем';
  if (t === 'в работе') return 'в работе';
  return 'не начато';
}

/**
 * The committee's own status of an item window (its `Статус` and `Дата выполнения` columns), by
 * the same rules as an organisation's; `null` for a window-less item.
 *
 * @param item - the roadmap item
 * @param window - one of its windows
 * @param asOf - the report date
 * @example committeeStatus(item11, item11.windows[0], '2024-02-01') // 'done_on_time'
 */
export function committeeStatus(item: RoadmapItem, window: DateWindow | null, asOf: IsoDate): RoadmapStatus | null {
  if (!window) return null;
  const own = item.committee;
  return pairStatus(window, own ? { status: committeeRowStatus(own.status), doneOn: own.doneOn } : null, asOf);
}
