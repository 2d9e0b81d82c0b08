import type { DateWindow, IsoDate } from '../dates/iso-date';
import type { OrgCheck } from '../check/check-report';
import type { OrgType } from '../directory/organisation';
import type { RoadmapItem, RoadmapStatus } from '../roadmap/roadmap-item';
import { type PairReport, pairStatus } from './pair-status';
import type { ReportedWindow } from './reported-items';

/** One organisation × item window with its status; `status` null when the item has no deadline. */
export interface OrgPair {
  readonly item: RoadmapItem;
  readonly index: number;
  readonly window: DateWindow | null;
  readonly status: RoadmapStatus | null;
}

/**
 * The statuses of every item window an organisation reports on. A missing or empty tab, or a
 * deleted row, counts as not done.
 *
 * @param check - the organisation's check
 * @param windows - the reported windows by type (`reportedWindows`)
 * @param asOf - the report date
 * @example orgPairs(check, reportedWindows(roadmap), '2024-02-01')[0] // { item: 1.2, index: 1, status: 'overdue', … }
 */
export function orgPairs(
  check: OrgCheck,
  windows: ReadonlyMap<OrgType, readonly ReportedWindow[]>,
  asOf: IsoDate,
): OrgPair[] {
  const rows = new Map<string, PairReport>();
  const counted = check.status !== 'missing' && check.status !== 'empty';
  if (counted && check.submission) {
    for (const row of check.submission.roadmap) rows.set(`${row.itemId}/${row.window}`, row);
  }
  return (windows.get(check.org.type) ?? []).map(({ item, index, window }) => ({
    item,
    index,
    window,
    status: window ? pairStatus(window, rows.get(`${item.id}/${index}`) ?? null, asOf) : null,
  }));
}
