import { eventOptions } from '../roadmap/event-options';
import type { OrgType } from '../directory/organisation';
import { type FormRoadmapRow, formRoadmapRows } from '../roadmap/form-roadmap-rows';
import type { Roadmap } from '../roadmap/roadmap-item';
import { matchEventLabel } from '../roadmap/match-event-label';

/**
 * The roadmap as the form sees it — section 4 rows, section 5 event choices, event labels
 * matched by leading number — from the roadmap module, under the names the form uses.
 */
export type { FormRoadmapRow } from '../roadmap/form-roadmap-rows';

const rowsCache = new WeakMap<Roadmap, Map<OrgType, readonly FormRoadmapRow[]>>();

/**
 * Section 4 rows of an organisation type (see `formRoadmapRows`), computed once per roadmap
 * and type: the check reads a thousand tabs against the same roadmap.
 *
 * @param roadmap - the roadmap in force
 * @param type - the organisation's type
 */
export function roadmapRowsFor(roadmap: Roadmap, type: OrgType): readonly FormRoadmapRow[] {
  let byType = rowsCache.get(roadmap);
  if (!byType) {
    byType = new Map();
    rowsCache.set(roadmap, byType);
  }
  let rows = byType.get(type);
  if (!rows) {
    rows = formRoadmapRows(roadmap, type);
    byType.set(type, rows);
  }
  return rows;
}

/** Section 5 dropdown choices of an organisation type: see `eventOptions`. */
export const eventChoices = eventOptions;

/** The event a section 5 label names: see `matchEventLabel`. */
export const eventItemOf = matchEventLabel;
