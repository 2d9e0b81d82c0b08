import type { DateWindow, IsoDate } from '../dates/iso-date';
import type { Roadmap, RoadmapItem, RoadmapStatus } from '../roadmap/roadmap-item';
import { roadmapStatuses } from '../roadmap/roadmap-item';
import { committeeWindowStatus } from '../roadmap/committee-window-status';
import type { OrgPair } from './org-pairs';

export type StatusCounts = Readonly<Record<RoadmapStatus, number>>;

/** One item window of the roadmap: how the reporting organisations stand, and the committee. */
export interface WindowExecution {
  readonly item: RoadmapItem;
  /** 1-based window. */
  readonly index: number;
  /** null: the item's deadline could not be read. */
  readonly window: DateWindow | null;
  readonly counts: StatusCounts;
  /** Reporting organisations (a missing tab included). */
  readonly total: number;
  /** Codes of the organisations overdue, in directory order. */
  readonly overdueOrgs: readonly string[];
  /** The committee's own status; null for a window-less item. */
  readonly committee: RoadmapStatus | null;
}

/** One item window's reporters: how many stand in each status, and how many report on it. */
export interface WindowReporters {
  readonly counts: StatusCounts;
  /** Reporting organisations, «не участвуем» and missing tabs included. */
  readonly total: number;
}

/**
 * The organisations that take part in an item window: its reporters without «не участвуем». The
 * one base of every share of a window (`Исполнение ДК`, the chart's bar and its text, `roadmap --book`).
 *
 * @param r - the window's reporters
 * @example takingPart({ counts, total: 3 }) // 2 when one says «не участвуем»
 */
export function takingPart(r: WindowReporters): number {
  return r.total - r.counts.not_participating;
}

const zeroCounts = (): Record<RoadmapStatus, number> =>
  Object.fromEntries(roadmapStatuses.map((s) => [s, 0])) as Record<RoadmapStatus, number>;

/**
 * Execution of the roadmap per item window (kind `пункт`): counts of statuses over the
 * reporting organisations, the overdue ones, and the committee's status of its own items.
 * Items of kind `мероприятие` are reported as participation instead (`eventFigures`).
 *
 * @param roadmap - the roadmap in force
 * @param pairs - each organisation's pairs by code, in directory order (`computeIndicators`)
 * @param asOf - the report date
 * @example roadmapExecution(roadmap, pairs, '2024-02-01')[0].counts.overdue // 3
 */
export function roadmapExecution(
  roadmap: Roadmap,
  pairs: ReadonlyMap<string, readonly OrgPair[]>,
  asOf: IsoDate,
): WindowExecution[] {
  const rows = new Map<string, { counts: Record<RoadmapStatus, number>; total: number; overdue: string[] }>();
  const rowOf = (id: string, index: number) => {
    const key = `${id}/${index}`;
    let row = rows.get(key);
    if (!row) {
      row = { counts: zeroCounts(), total: 0, overdue: [] };
      rows.set(key, row);
    }
    return row;
  };
  for (const [code, own] of pairs) {
    for (const pair of own) {
      const row = rowOf(pair.item.id, pair.index);
      row.total += 1;
      if (pair.status) row.counts[pair.status] += 1;
      if (pair.status === 'overdue') row.overdue.push(code);
    }
  }
  const result: WindowExecution[] = [];
  for (const item of roadmap.items) {
    if (item.kind !== 'пункт') continue;
    const windows: readonly (DateWindow | null)[] = item.windows.length > 0 ? item.windows : [null];
    windows.forEach((window, i) => {
      const row = rowOf(item.id, i + 1);
      result.push({
        item,
        index: i + 1,
        window,
        counts: row.counts,
        total: row.total,
        overdueOrgs: row.overdue,
        committee: item.reporters.length === 0 ? committeeWindowStatus(item, i + 1, asOf) : null,
      });
    });
  }
  return result;
}
