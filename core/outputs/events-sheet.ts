import { tabNames } from '../grid/tab-names';
import type { EventFigure } from '../indicators/event-figures';
import type { OutputSheet, OutValue } from '../grid/output-sheet';
import { tableSheet } from './table-sheet';

/**
 * `Мероприятия`: per event of the roadmap, the city's organisations taking part, participants and
 * winners and prize-winners (a bold row), then the same by district; rows matching no event last.
 *
 * @param figures - `eventFigures(report)`
 * @param stampLine - the «Сформировано …» line
 * @example eventsSheet(figures, line).rows[2] // ['5.2.5.1', '«День профессии»', 'Город', 12, 340, 20]
 */
export function eventsSheet(figures: readonly EventFigure[], stampLine: string): OutputSheet {
  const rows: OutValue[][] = [];
  const boldRows: number[] = [];
  for (const { item, city, districts } of figures) {
    if (!item && city.orgs === 0) continue;
    const id = item?.id ?? '';
    const title = item?.title ?? 'Мероприятия не из дорожной карты';
    boldRows.push(rows.length);
    rows.push([id, title, 'Город', city.orgs, city.participants, city.winners]);
    for (const [district, totals] of districts) {
      rows.push([id, title, district, totals.orgs, totals.participants, totals.winners]);
    }
  }
  return tableSheet({
    name: tabNames.events,
    intro: [[stampLine]],
    headers: ['Пункт', 'Мероприятие', 'Территория', 'Организаций', 'Участников', 'Победителей и призёров'],
    rows,
    widths: [80, 380, 160, 110, 110, 150],
    textColumns: [0],
    wrapColumns: [1],
    boldRows,
    frozenColumns: 2,
  });
}
