import type { SheetData } from '../grid/sheet-data';
import { type Cell, cellKey } from './cell-map';
import { itemKeyShape } from './entered-values';
import {
  decisionsSection,
  eventsSection,
  profminimumSection,
  recommendationCodeColumn,
  responsibleSection,
  roadmapSection,
  trainingSection,
} from './form-spec';
import { isBlankCell } from './form-text';
import { itemKeyText } from './item-key-text';
import { type FormLocation, locateForm } from './locate-form';

/** Section 4's columns an organisation fills (the others the template fills from the roadmap). */
const roadmapAnswers = roadmapSection.columns.filter((c) => !('locked' in c && c.locked)).map((c) => c.key);
const decisionAnswers = ['decision', 'document'];

/** A cell where an organisation answers the form, and what it answers. */
export interface AnswerSlot extends Cell {
  readonly slot: string;
}

/**
 * The cells of an organisation tab where the organisation answers the form, by `cellKey`, each with
 * what it answers wherever it stands: `f:fullName` (a field of sections 2 and 3), `r:1.2:status` (a roadmap item's
 * column an organisation fills), `events:0:date` / `training:1:hours` (the n-th non-blank row of
 * section 5 or 6), `d:no_events:decision` (a decision on a recommendation, by its key). Two versions
 * of a tab answer the same question in the cells of the same slot. The cells the template fills
 * (section 1, a roadmap item's `Пункт`, `Мероприятие`, `Срок`, recommendations) are no answers.
 *
 * @param sheet - the tab as read
 * @param timeZone - the zone of its `Date` cells
 * @param where - the tab's form located leniently, when already known
 * @example answerSlots(tab, 'UTC').get(cellKey({ row: 13, column: 1 }))?.slot // 'f:phone'
 */
export function answerSlots(
  sheet: SheetData,
  timeZone: string,
  where: FormLocation = locateForm(sheet, { lenient: true }),
): Map<number, AnswerSlot> {
  const slots = new Map<number, AnswerSlot>();
  const put = (row: number, column: number | undefined, slot: string) => {
    if (column !== undefined) slots.set(cellKey({ row, column }), { slot, row, column });
  };
  for (const section of [responsibleSection, profminimumSection]) {
    for (const [key, place] of where.fields.get(section.id) ?? []) put(place.row, place.column + 1, `f:${key}`);
  }
  const roadmap = where.tables.get(roadmapSection.id);
  const keyColumn = roadmap?.columns.get('key');
  const seen = new Set<string>();
  if (roadmap && keyColumn !== undefined) {
    for (const r of roadmap.rows) {
      const key = itemKeyText(sheet.values[r]?.[keyColumn], timeZone, null);
      if (!key || !itemKeyShape.test(key) || seen.has(key)) continue;
      seen.add(key);
      for (const name of roadmapAnswers) put(r, roadmap.columns.get(name), `r:${key}:${name}`);
    }
  }
  for (const section of [eventsSection, trainingSection]) {
    const table = where.tables.get(section.id);
    table?.rows.forEach((r, i) => {
      for (const column of section.columns) put(r, table.columns.get(column.key), `${section.id}:${i}:${column.key}`);
    });
  }
  const decisions = where.tables.get(decisionsSection.id);
  decisions?.rows.forEach((r, i) => {
    const code = sheet.values[r]?.[recommendationCodeColumn];
    const id = typeof code === 'string' && !isBlankCell(code) ? code.trim() : `#${i}`;
    for (const name of decisionAnswers) put(r, decisions.columns.get(name), `d:${id}:${name}`);
  });
  return slots;
}
