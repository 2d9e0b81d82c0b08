import type { IsoDate } from '../dates/iso-date';
import { readRowStatus } from './read-row-status';
import type { RoadmapItem, RoadmapStatus } from './roadmap-item';
import { windowStatus } from './window-status';

/**
 * The committee's own status of an item window as of a date, from the item's `committee`
 * execution (columns `Статус`, `Дата выполнения` of the tab). The tab holds one execution per
 * item, so every window of the item is measured against it. An unknown status text counts as
 * blank (readRoadmap reports it). Null when the item has no such window (its deadline could not
 * be read).
 *
 * @param item - the roadmap item
 * @param window - 1-based window index
 * @param asOf - the report date
 * @example committeeWindowStatus(item41, 1, '2024-02-01') // 'overdue' when not marked done
 */
export function committeeWindowStatus(item: RoadmapItem, window: number, asOf: IsoDate): RoadmapStatus | null {
  const range = item.windows[window - 1];
  if (!range) return null;
  const status = readRowStatus(item.committee?.status ?? '') ?? null;
  return windowStatus(range, { status, doneOn: item.committee?.doneOn ?? null }, asOf);
}
