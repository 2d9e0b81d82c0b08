import { formatRuDate } from '../dates/format-ru-date';
import type { OutValue, OutputSheet } from '../grid/output-sheet';
import { numberText } from '../values/cell-text';
import type { SheetData } from '../grid/sheet-data';
import { answerSlots } from './answer-slots';
import { CellMap, cellKey } from './cell-map';
import { movedValuesBlock } from './form-spec';
import { locateForm } from './locate-form';
import { lostCells } from './lost-cells';
import { maxMovedValues } from './plan-org-tab';
import { toOutValue } from './to-out-value';
import { typedCells } from './typed-cells';
import { asSheetData, type MovedValue, withMovedValues } from './with-moved-values';

export interface KeepOptions {
  /** Where the version replaced came from, written after each address: «было в B14 (принято из файла …)». */
  readonly source?: string;
  /**
   * The new version is the same organisation's later answer (its newer file over the one taken
   * before, or over the values it was sent): a field it answers differently is its answer, and the
   * old value is counted but not kept; a value it leaves blank is kept.
   */
  readonly newerAnswer?: boolean;
}

export type KeptValues =
  | {
      readonly ok: true;
      readonly sheet: OutputSheet;
      readonly moved: readonly MovedValue[];
      /**
       * Values of the version replaced that the new one lacks, now kept in «Перенесённые значения»
       * (those it kept there already, carried on, not counted).
       */
      readonly cleared: number;
      /** Fields the new version answers differently (`newerAnswer`): its values stand, the old ones are not kept. */
      readonly changed: number;
    }
  | { readonly ok: false; readonly count: number };

/** A value as the cell shows it: `500` and «500», a date cell and «02.09.2024» read alike. */
function shownText(value: OutValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return String(value);
  if (value.kind === 'link') return `${value.text}|${value.url}`;
  if (value.kind === 'date') return formatRuDate(value.date);
  return `${formatRuDate(value.date)} ${value.time}`;
}

/**
 * An organisation tab about to replace another version of itself (`collect`: the school's returned
 * file replacing the book's tab), with every value typed into the version it replaces that it does
 * not hold kept in «Перенесённые значения», each with its address there («было в B12», and
 * `options.source` after it) — design §10: no write makes a typed value disappear. The template's
 * own cells of `before` (section 1, a roadmap item's title and term) are taken for the template's:
 * the book's tab may have been laid out before its roadmap was reworded (a school's typing over them
 * comes with its file, `planOrgTab` with `sameTemplate`). A value already kept in «Перенесённые
 * значения» keeps its first address. With `newerAnswer`, a field (`answerSlots`) the new version fills is its
 * answer: the old value is not kept, and counted in `changed` unless it reads the same (`500` and
 * «500»); everything else lost is kept, and counted in `cleared` unless it was kept already. More than `maxMovedValues` values to keep: not ok, and the tab
 * must not be written.
 *
 * @param sheet - the tab as it will be written
 * @param before - the version it replaces, as read
 * @param timeZone - the zone of `before`'s `Date` cells
 * @param options - where `before` came from; whether `sheet` is the same organisation's newer answer
 * @example keepValuesOf(fromFile, bookTab, 'UTC').moved.map((m) => m.address) // ['B12']
 */
export function keepValuesOf(
  sheet: OutputSheet,
  before: SheetData,
  timeZone: string,
  options: KeepOptions = {},
): KeptValues {
  const after = asSheetData(sheet);
  const where = locateForm(before, { lenient: true });
  const lost = lostCells(typedCells(before, timeZone, where), typedCells(after, timeZone));
  let kept = lost;
  let changed = 0;
  if (options.newerAnswer && lost.length > 0) {
    const slots = answerSlots(before, timeZone, where);
    const answered = new Map<string, string>();
    for (const { slot, row, column } of answerSlots(after, timeZone).values()) {
      const value = toOutValue(after.values[row]?.[column], after.links?.[row]?.[column], timeZone);
      if (value !== null) answered.set(slot, shownText(value));
    }
    kept = [];
    for (const cell of lost) {
      const now = answered.get(slots.get(cellKey(cell))?.slot ?? '');
      if (now === undefined) kept.push(cell);
      // `500` typed again as the text «500» is the same answer, not a change.
      else if (now !== shownText(cell.value)) changed++;
    }
  }
  if (kept.length > maxMovedValues) return { ok: false, count: kept.length };
  if (kept.length === 0) return { ok: true, sheet, moved: [], cleared: 0, changed };
  const movedBlock = where.tables.get(movedValuesBlock.id);
  const movedEnd = where.sections.get(movedValuesBlock.id)?.end ?? 0;
  const addressOf = ({ row, column }: { row: number; column: number }) => {
    if (!movedBlock || row < movedBlock.bodyStart || row >= movedEnd || column === 0) return undefined;
    const address = before.values[row]?.[0];
    return typeof address === 'string' && movedValuesBlock.addressPattern.test(address) ? address : undefined;
  };
  const result = withMovedValues(sheet, kept, new CellMap(), {
    ...(options.source ? { source: options.source } : {}),
    addressOf,
  });
  // Values already kept in «Перенесённые значения» are carried on, not lost anew: they are not counted.
  const carried = kept.filter((cell) => addressOf(cell) !== undefined).length;
  return { ok: true, sheet: result.sheet, moved: result.moved, cleared: kept.length - carried, changed };
}
