import type { EnteredRow, EnteredValues } from './entered-values';
import { addedRowsBlock, movedValuesBlock, removedItemsIntro, removedItemsTitle, roadmapSection } from './form-spec';
import { movedEditableColumns, type TabLayout, tableHeader } from './tab-layout';

/**
 * «Удалённые пункты»: the block's own rows, then section 4 rows of items no longer in the roadmap.
 *
 * @param l - the tab
 * @param entered - the existing tab's values
 * @param current - the keys of section 4 now
 */
export function writeRemoved(l: TabLayout, entered: EnteredValues, current: ReadonlySet<string>) {
  const { b } = l;
  const moved: EnteredRow[] = [...entered.removed];
  for (const [key, row] of entered.roadmap) if (!current.has(key)) moved.push(row);
  if (moved.length === 0) return;
  l.title(removedItemsTitle, entered.titles.get('removed'));
  l.row([removedItemsIntro], entered.headers.get('removed.intro'));
  b.italic({ row: b.next - 1, column: 0 });
  tableHeader(l, roadmapSection.columns, entered.headers.get('removed'));
  const start = b.next;
  for (const row of moved) l.row(row.values, row);
  b.fill({ row: start, column: 0, rows: moved.length, columns: roadmapSection.columns.length }, 'grey');
}

/**
 * «Строки, добавленные организацией»: the block's own rows, then the rows an organisation added to
 * section 4 (no roadmap item's number, or one repeated) — never in the roadmap, so not «Удалённые
 * пункты». Its own values: editable, not greyed.
 *
 * @param l - the tab
 * @param entered - the existing tab's values
 */
export function writeAdded(l: TabLayout, entered: EnteredValues) {
  const rows: EnteredRow[] = [...entered.added, ...entered.strayItems];
  if (rows.length === 0) return;
  const { b } = l;
  blockHead(l, addedRowsBlock, roadmapSection.columns, entered);
  const start = b.next;
  for (const row of rows) l.row(row.values, row);
  b.editable({ row: start, column: 0, rows: rows.length, columns: roadmapSection.columns.length });
}

/** A kept block's title, its italic intro and its table header, where the existing tab had them. */
function blockHead(
  l: TabLayout,
  block: { readonly id: string; readonly title: string; readonly intro: string },
  columns: Parameters<typeof tableHeader>[1],
  entered: EnteredValues,
) {
  l.title(block.title, entered.titles.get(block.id));
  l.row([block.intro], entered.headers.get(`${block.id}.intro`));
  l.b.italic({ row: l.b.next - 1, column: 0 });
  tableHeader(l, columns, entered.headers.get(block.id));
}

/**
 * «Перенесённые значения» as the existing tab has it (new moved values are added by `planOrgTab`).
 *
 * @param l - the tab
 * @param entered - the existing tab's values
 */
export function writeMoved(l: TabLayout, entered: EnteredValues) {
  if (entered.moved.length === 0) return;
  const { b } = l;
  blockHead(l, movedValuesBlock, movedValuesBlock.columns, entered);
  const start = b.next;
  for (const row of entered.moved) l.row(row.values, row);
  b.fill({ row: start, column: 0, rows: entered.moved.length }, 'locked');
  b.editable({ row: start, column: 1, rows: entered.moved.length, columns: movedEditableColumns });
}
