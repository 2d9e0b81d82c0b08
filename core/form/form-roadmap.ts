import type { OrgType } from '../directory/organisation';
import type { Roadmap } from '../roadmap/roadmap-item';

/** A status row of section 4: one roadmap item window. */
export interface FormRoadmapRow {
  readonly itemId: string;
  readonly window: number;
  /** `1.2`, or `3.2/1` when the item has several windows. */
  readonly key: string;
  readonly title: string;
  readonly periodText: string;
}

/** A choice of the section 5 dropdown: an event of the roadmap. */
export interface EventChoice {
  readonly itemId: string;
  readonly label: string;
}

function dotted(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/**
 * The section 4 rows of an organisation type: items of kind `пункт` it reports on, one row
 * per window when an item has several.
 *
 * @param roadmap - the roadmap in force
 * @param type - the organisation's type
 * @example roadmapRowsFor(roadmap, 'ООО')[0] // { itemId: '1.2', window: 1, key: '1.2', … }
 */
export function roadmapRowsFor(roadmap: Roadmap, type: OrgType): FormRoadmapRow[] {
  const rows: FormRoadmapRow[] = [];
  for (const item of roadmap.items) {
    if (item.kind !== 'пункт' || !item.reporters.includes(type)) continue;
    if (item.windows.length <= 1) {
      rows.push({ itemId: item.id, window: 1, key: item.id, title: item.title, periodText: item.period });
      continue;
    }
    item.windows.forEach((w, i) => {
      rows.push({
        itemId: item.id,
        window: i + 1,
        key: `${item.id}/${i + 1}`,
        title: item.title,
        periodText: `${dotted(w.start)}–${dotted(w.end)}`,
      });
    });
  }
  return rows;
}

/**
 * The events (kind `мероприятие`) open to an organisation type, labelled `5.2.6.3 «Я выбираю»`.
 *
 * @param roadmap - the roadmap in force
 * @param type - the organisation's type
 */
export function eventChoices(roadmap: Roadmap, type: OrgType): EventChoice[] {
  return roadmap.items
    .filter((item) => item.kind === 'мероприятие' && item.reporters.includes(type))
    .map((item) => ({ itemId: item.id, label: `${item.id} ${item.title}` }));
}

/**
 * The roadmap event a section 5 label names, matched by its leading number so a renamed
 * event still matches; null when the label starts with no known number.
 *
 * @param text - the cell text, e.g. `5.2.6.3 «Я выбираю»`
 * @param roadmap - the roadmap in force
 */
export function eventItemOf(text: string, roadmap: Roadmap): string | null {
  const match = /^\s*(\d+(?:\.\d+)*)/.exec(text);
  if (match?.[1]) {
    const id = match[1];
    if (roadmap.items.some((item) => item.id === id && item.kind === 'мероприятие')) return id;
    return null;
  }
  const wanted = text.trim().toLowerCase();
  const byTitle = roadmap.items.find((item) => item.kind === 'мероприятие' && item.title.toLowerCase() === wanted);
  return byTitle?.id ?? null;
}
