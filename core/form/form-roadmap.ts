import { eventOptions } from '../roadmap/event-options';
import { formRoadmapRows } from '../roadmap/form-roadmap-rows';
import { matchEventLabel } from '../roadmap/match-event-label';

/**
 * The roadmap as the form sees it — section 4 rows, section 5 event choices, event labels
 * matched by leading number — from the roadmap module, under the names the form uses.
 */
export type { EventOption as EventChoice } from '../roadmap/event-options';
export type { FormRoadmapRow } from '../roadmap/form-roadmap-rows';

/** Section 4 rows of an organisation type: see `formRoadmapRows`. */
export const roadmapRowsFor = formRoadmapRows;

/** Section 5 dropdown choices of an organisation type: see `eventOptions`. */
export const eventChoices = eventOptions;

/** The event a section 5 label names: see `matchEventLabel`. */
export const eventItemOf = matchEventLabel;
