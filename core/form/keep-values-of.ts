import type { OutputSheet } from '../grid/output-sheet';
import type { SheetData } from '../grid/sheet-data';
import { CellMap } from './cell-map';
import { lostCells } from './lost-cells';
import { maxMovedValues } from './plan-org-tab';
import { typedCells } from './typed-cells';
import { asSheetData, type MovedValue, withMovedValues } from './with-moved-values';

export type KeptValues =
  | { readonly ok: true; readonly sheet: OutputSheet; readonly moved: readonly MovedValue[] }
  | { readonly ok: false; readonly count: number };

/**
 * An organisation tab about to replace another version of itself (`collect`: the school's returned
 * file replacing the book's tab), with every value typed into the version it replaces that it does
 * not hold kept in «Перенесённые значения», each with its address there («было в B12») — design §10:
 * no write makes a typed value disappear. More than `maxMovedValues` such values: not ok, and the
 * tab must not be written.
 *
 * @param sheet - the tab as it will be written
 * @param before - the version it replaces, as read
 * @param timeZone - the zone of `before`'s `Date` cells
 * @example keepValuesOf(fromFile, bookTab, 'UTC').moved.map((m) => m.address) // ['B12']
 */
export function keepValuesOf(sheet: OutputSheet, before: SheetData, timeZone: string): KeptValues {
  const lost = lostCells(typedCells(before, timeZone), typedCells(asSheetData(sheet), timeZone));
  if (lost.length > maxMovedValues) return { ok: false, count: lost.length };
  if (lost.length === 0) return { ok: true, sheet, moved: [] };
  const kept = withMovedValues(sheet, lost, new CellMap());
  return { ok: true, sheet: kept.sheet, moved: kept.moved };
}
