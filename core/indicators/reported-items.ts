import type { DateWindow } from '../dates/iso-date';
import type { OrgType } from '../directory/organisation';
import type { Roadmap, RoadmapItem } from '../roadmap/roadmap-item';

/** One row of form section 4: an item window an organisation type reports on; `window` null without a deadline. */
export interface ReportedWindow {
  readonly item: RoadmapItem;
  /** 1-based (`3.2/2` → 2); 1 for an item without windows. */
  readonly index: number;
  readonly window: DateWindow | null;
}

/**
 * The item windows each organisation type reports on (kind `пункт`, its type among the reporters),
 * computed once per build.
 *
 * @param roadmap - the roadmap in force
 * @example reportedWindows(roadmap).get('ДОО') // [{ item: 1.2, index: 1, window: {…} }, …]
 */
export function reportedWindows(roadmap: Roadmap): ReadonlyMap<OrgType, readonly ReportedWindow[]> {
  const byType = new Map<OrgType, ReportedWindow[]>([
    ['ООО', []],
    ['ДОО', []],
    ['ОДО', []],
  ]);
  for (const item of roadmap.items) {
    if (item.kind !== 'пункт') continue;
    const windows: ReportedWindow[] =
      item.windows.length === 0
        ? [{ item, index: 1, window: null }]
        : item.windows.map((window, i) => ({ item, index: i + 1, window }));
    for (const type of item.reporters) byType.get(type)?.push(...windows);
  }
  return byType;
}
