import type { IsoDate } from '../dates/iso-date';
import { schoolYearLabel } from '../dates/school-year';
import { committeeWindowStatus } from './committee-window-status';
import type { Roadmap } from './roadmap-item';
import type { RoadmapJson } from './roadmap-json-schema';
import { statusLabels } from './status-labels';

export type { RoadmapJson } from './roadmap-json-schema';

/**
 * The roadmap as the JSON of design §8: every item with its kind, deadline as written, windows,
 * reporters, responsible bodies and result, plus the committee's own status of each window as
 * of `asOf` (of the committee's items only: an item with reporters has an empty `committeeStatus`).
 *
 * @param roadmap - the roadmap in force
 * @param asOf - the report date
 * @example roadmapJson(builtinRoadmap(), '2024-02-01').items[0].id // '1.1'
 */
export function roadmapJson(roadmap: Roadmap, asOf: IsoDate): RoadmapJson {
  return {
    schoolYear: schoolYearLabel(roadmap.schoolYear),
    asOf,
    items: roadmap.items.map((item) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      period: item.period,
      windows: item.windows.map((w) => ({ start: w.start, end: w.end })),
      reporters: [...item.reporters],
      responsible: [...item.responsible],
      result: item.result,
      section: item.section,
      committee: item.committee ?? null,
      // The committee's status is of its own items; the organisations' items have none.
      committeeStatus: (item.reporters.length > 0 ? [] : item.windows).flatMap((_, index) => {
        const status = committeeWindowStatus(item, index + 1, asOf);
        return status === null ? [] : [{ window: index + 1, status, label: statusLabels[status] }];
      }),
    })),
  };
}
