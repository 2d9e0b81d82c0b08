import { shown } from '../values/cell-read';
import { checkDateRule } from './date-rules';
import type { FormReader } from './form-reader';
import { eventItemOf } from './form-roadmap';
import { eventsSection } from './form-spec';
import type { TablePlace } from './locate-form';
import { tableRowReader } from './read-table-cell';
import type { EventRow } from './submission';

/**
 * Section 5: events attended. The event is matched by its leading number; the date must be
 * in the school year (a future date and a date outside the event's windows are warnings);
 * winners ≤ participants; the same event and date twice is a warning.
 *
 * @param reader - the tab being read
 * @param table - where the table stands
 */
export function readEventRows(reader: FormReader, table: TablePlace): EventRow[] {
  const { roadmap, org } = reader.ctx;
  const items = new Map(roadmap.items.map((i) => [i.id, i]));
  const seen = new Map<string, number>();
  const result: EventRow[] = [];
  for (const r of table.rows) {
    const cells = tableRowReader(reader, table, eventsSection.columns, r);
    const eventColumn = cells.column('event');
    const title = cells.get('event');
    let itemId: string | null = null;
    if (title !== null && eventColumn !== undefined) {
      itemId = eventItemOf(title, roadmap);
      const item = itemId ? items.get(itemId) : undefined;
      if (!item) reader.add(r, eventColumn, 'form_event_unknown', 'error', { found: shown(title) });
      else if (!item.reporters.includes(org.type)) {
        reader.add(r, eventColumn, 'form_event_not_for_type', 'warning', { event: item.id, type: org.type });
      }
    }
    const dateColumn = cells.column('date');
    let date = cells.get('date');
    if (date !== null && dateColumn !== undefined) {
      date = checkDateRule(reader, r, dateColumn, 'event', date);
      const item = itemId ? items.get(itemId) : undefined;
      if (
        date !== null &&
        item &&
        item.windows.length > 0 &&
        !item.windows.some((w) => w.start <= date! && date! <= w.end)
      ) {
        reader.add(r, dateColumn, 'form_event_outside_window', 'warning', {
          date,
          event: item.id,
          period: item.period,
        });
      }
      if (date !== null && itemId !== null) {
        const key = `${itemId}|${date}`;
        const first = seen.get(key);
        if (first !== undefined) {
          reader.add(r, dateColumn, 'form_event_duplicate', 'warning', {
            event: itemId,
            date,
            first: first + 1,
          });
        } else seen.set(key, r);
      }
    }
    const gradesColumn = cells.column('grades');
    const grades = cells.get('grades', org.type === 'ООО') ?? [];
    if (org.type === 'ДОО' && grades.length > 0 && gradesColumn !== undefined) {
      reader.add(r, gradesColumn, 'form_grades_for_preschool', 'warning');
    }
    const participants = cells.get('participants');
    let winners = cells.get('winners');
    const winnersColumn = cells.column('winners');
    const winnersBlank = winners === null && winnersColumn !== undefined && isBlankAt(reader, r, winnersColumn);
    if (winners !== null && participants !== null && winners > participants && winnersColumn !== undefined) {
      reader.add(r, winnersColumn, 'form_winners_exceed_participants', 'error', { winners, participants });
      winners = null;
    }
    result.push({
      itemId,
      title: title ?? '',
      date,
      grades,
      participants,
      // Blank means none: the column is optional.
      winners: winnersBlank ? 0 : winners,
      evidence: cells.get('evidence'),
      row: r + 1,
    });
  }
  return result;
}

function isBlankAt(reader: FormReader, r: number, c: number): boolean {
  const v = reader.cell(r, c);
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}
