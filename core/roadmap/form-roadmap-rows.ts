import type { OrgType } from '../directory/organisation';
import type { Roadmap } from './roadmap-item';
import { windowLabel } from './window-label';

/** One row of the form's section 4: an item window an organisation reports on. */
export interface FormRoadmapRow {
  readonly itemId: string;
  /** 1-based window index. */
  readonly window: number;
  /** `Пункт` as the form shows it: `1.2`, or `3.2/1` when the item has several windows. */
  readonly key: string;
  readonly title: string;
  /** `Срок`: the window in words when the item has several, else the deadline as written. */
  readonly periodText: string;
}

/**
 * The rows of section 4 for an organisation type: one per item of kind `пункт` that the type
 * reports on, and one per window when the item has several (`3.2/1`, `3.2/2`). An item whose
 * deadline could not be read still gets one row, window 1.
 *
 * @param roadmap - the roadmap in force
 * @param type - the organisation's type
 * @example formRoadmapRows(builtinRoadmap(), 'ООО').filter((r) => r.itemId === '3.2').map((r) => r.key) // ['3.2/1', '3.2/2']
 */
export function formRoadmapRows(roadmap: Roadmap, type: OrgType): FormRoadmapRow[] {
  return roadmap.items
    .filter((item) => item.kind === 'пункт' && item.reporters.includes(type))
    .flatMap((item) => {
      if (item.windows.length <= 1) {
        return [{ itemId: item.id, window: 1, key: item.id, title: item.title, periodText: item.period }];
      }
      return item.windows.map((window, index) => ({
        itemId: item.id,
        window: index + 1,
        key: `${item.id}/${index + 1}`,
        title: item.title,
        periodText: windowLabel(window),
      }));
    });
}
