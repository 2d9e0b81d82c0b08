import type { IsoDate } from '../dates/iso-date';
import { committeeWindowStatus } from '../roadmap/committee-window-status';
import type { RoadmapItem, RoadmapStatus } from '../roadmap/roadmap-item';

/**
 * The committee's own status of an item window (its `Статус` and `Дата выполнения` columns),
 * by the roadmap module's rules; `null` for a window-less item.
 *
 * @param item - the roadmap item
 * @param index - 1-based window
 * @param asOf - the report date
 * @example committeeStatus(item11, 1, '2024-02-01') // 'done_on_time'
 */
export function committeeStatus(item: RoadmapItem, index: number, asOf: IsoDate): RoadmapStatus | null {
  return committeeWindowStatus(item, index, asOf);
}
