import type { Organisation } from '../directory/organisation';
import type { Settings } from '../directory/settings';
import type { OutValue, OutputSheet } from '../grid/output-sheet';
import type { SheetData } from '../grid/sheet-data';
import type { Issue } from '../issues/issue';
import type { Roadmap } from '../roadmap/roadmap-item';
import { type Cell, CellMap } from './cell-map';
import { checkResultCell, formLineOf } from './form-lines';
import { decisionsSection } from './form-spec';
import { normaliseFormText } from './form-text';
import { type FormLocation, locateForm, titleOf } from './locate-form';
import { layOutOrgTab, type RecommendationLine } from './render-org-tab';
import { toOutValue } from './to-out-value';
import { lostCells } from './lost-cells';
import { templateCells, type TypedCell, typedCells, valueKey } from './typed-cells';
import { asSheetData, type MovedValue, withMovedValues } from './with-moved-values';

/**
 * What a write into an organisation tab does:
 * - `whole`: the tab is written again from the template (creation and upgrade; the command line's copy);
 * - `build`: «Собрать сводку» — section 7 and what follows it, or the whole tab when the form above
 *   section 7 is not laid out as the template would lay it (a section moved, rows inserted);
 * - `line`: the check-result line only (a check).
 */
type WriteScope = 'whole' | 'build' | 'line';

export interface OrgTabInput {
  readonly org: Organisation;
  readonly roadmap: Roadmap;
  readonly settings: Settings;
  /** The tab as read; undefined for a tab to create. */
  readonly existing?: SheetData;
  /** Section 7's current recommendations (`build`, the command line); omitted keeps the tab's own. */
  readonly recommendations?: readonly RecommendationLine[];
  /** The check-result line; omitted keeps the tab's own. */
  readonly checkLine?: string;
  /** The zone of `Date` cells in `existing`. */
  readonly timeZone: string;
  readonly scope: WriteScope;
  /**
   * `existing` was laid out by this same template — a file `split` made from this book, come back
   * (`collect`): then a cell the template fills (section 1's values, a roadmap item's `Мероприятие`
   * and `Срок`) holding anything else was typed over by the school, and is kept. Otherwise such a
   * cell may hold what the template wrote before the roadmap or the directory changed (an upgrade),
   * and in Sheets schools cannot type there (protected): it is the template's.
   */
  readonly sameTemplate?: boolean;
}

export interface OrgTabPlan {
  /** The tab as it will be after the write: every value, and the look of the rows written. */
  readonly sheet: OutputSheet;
  /** Rows from `from` to the end of `sheet` are written; rows above stay as they are, but for the check-result cell. */
  readonly from: number;
  /** Where the check-result line goes (0-based). */
  readonly lineCell: Cell;
  /** Where each cell of the tab as read is in the tab as written (issues' marks follow it). */
  readonly map: CellMap;
  /** Values that had to move into «Перенесённые значения». */
  readonly moved: readonly MovedValue[];
}

export type OrgTabWrite =
  | { readonly ok: true; readonly plan: OrgTabPlan }
  | { readonly ok: false; readonly issue: Issue };

/** Beyond this many values to move the tab is not the form any more: its write is refused. */
export const maxMovedValues = 200;

/**
 * The cell of the check-result line: where a check line (or «Лист ещё не проверялся.») stands
 * above the form, else `A2`.
 *
 * @param sheet - the tab as read
 * @example checkLineCell(tab) // { row: 1, column: 0 }
 */
export function checkLineCell(sheet: SheetData): Cell {
  for (let r = 0; r < sheet.values.length; r++) {
    const first = sheet.values[r]?.[0];
    if (formLineOf(first) === 1) return { row: r, column: 0 };
    if (typeof first === 'string' && titleOf(normaliseFormText(first)) !== null) break;
  }
  return checkResultCell;
}

function asOutRows(sheet: SheetData, timeZone: string): OutValue[][] {
  return sheet.values.map((row, r) =>
    Array.isArray(row) ? row.map((v, c) => toOutValue(v, sheet.links?.[r]?.[c], timeZone)) : [],
  );
}

/** The value in the check-result cell when a school typed it there (it is no check line, no title). */
function lineCellTyped(sheet: SheetData, cell: Cell, timeZone: string, line: string | undefined): TypedCell[] {
  const value = sheet.values[cell.row]?.[cell.column];
  const link = sheet.links?.[cell.row]?.[cell.column];
  if (line === undefined || ((value === null || value === undefined || value === '') && !link)) return [];
  if (formLineOf(value) !== null || (typeof value === 'string' && titleOf(normaliseFormText(value)) !== null))
    return [];
  const out = toOutValue(value, link, timeZone);
  return out === null ? [] : [{ ...cell, value: out }];
}

/**
 * The typed cells of `existing` whose values `after` will not hold: every value a school could have
 * typed; with `sameTemplate`, those typed over the template's own cells (section 1, a roadmap item's
 * columns) too, when they differ from what the template writes there.
 */
function lostOnWrite(
  existing: SheetData,
  timeZone: string,
  where: FormLocation,
  after: SheetData,
  sameTemplate: boolean,
): TypedCell[] {
  const template = sameTemplate ? templateCells(after, timeZone) : undefined;
  return lostCells(typedCells(existing, timeZone, where, template), typedCells(after, timeZone));
}

function rowsEqual(a: readonly OutValue[] | undefined, b: readonly OutValue[] | undefined): boolean {
  const width = Math.max(a?.length ?? 0, b?.length ?? 0);
  for (let c = 0; c < width; c++) {
    const x = a?.[c] ?? null;
    const y = b?.[c] ?? null;
    if (x !== y && (typeof x !== 'object' || typeof y !== 'object' || valueKey(x) !== valueKey(y))) return false;
  }
  return true;
}

/** Whether the rows above `at` hold the same values in both (the check-result line aside). */
function samePrefix(existing: readonly OutValue[][], rendered: OutputSheet, at: number, line: Cell): boolean {
  for (let r = 0; r < at; r++) {
    const a = existing[r];
    const b = rendered.rows[r];
    if (r !== line.row) {
      if (!rowsEqual(a, b)) return false;
      continue;
    }
    const strip = (row: readonly OutValue[] | undefined) => (row ?? []).map((v, c) => (c === line.column ? null : v));
    if (!rowsEqual(strip(a), strip(b))) return false;
  }
  return true;
}

function rowOfTitle(rows: readonly (readonly unknown[])[], title: string): number {
  const wanted = normaliseFormText(title);
  return rows.findIndex((row) => typeof row[0] === 'string' && normaliseFormText(row[0]) === wanted);
}

function refusal(
  input: OrgTabInput,
  tab: string,
  code: 'form_write_refused_unrecognised' | 'form_write_refused_too_many',
  count: number,
): OrgTabWrite {
  return {
    ok: false,
    issue: { code, severity: 'error', tab, row: null, column: null, org: input.org.code, params: { tab, count } },
  };
}

/**
 * The one function both shells use before writing into an organisation tab (design §10: no write
 * makes a typed value disappear). It lays the tab out for the write's scope, then compares every
 * non-empty cell a school could have typed, anywhere in the tab (with `sameTemplate`, over the
 * template's own cells too), with what the tab will hold after the write: a value that would vanish
 * is kept in «Перенесённые значения» at the end of the tab with its old address («было в D17»). A tab with values but no section of the form, or with more than
 * `maxMovedValues` to move, is refused with an issue naming the tab, and must not be written.
 *
 * @param input - the organisation, roadmap, settings, the tab as read, the write's scope
 * @example planOrgTab({ org, roadmap, settings, existing: tab, timeZone: 'UTC', scope: 'whole' }).ok // true
 */
export function planOrgTab(input: OrgTabInput): OrgTabWrite {
  const { existing, timeZone } = input;
  const where = existing ? locateForm(existing, { lenient: true }) : null;
  const lay = () =>
    layOutOrgTab(input.org, input.roadmap, input.settings, existing, input.recommendations, {
      timeZone,
      ...(input.checkLine === undefined ? {} : { checkLine: input.checkLine }),
      ...(where ? { location: where } : {}),
    });
  if (!existing) {
    const laid = lay();
    return { ok: true, plan: { sheet: laid.sheet, from: 0, lineCell: checkResultCell, map: laid.map, moved: [] } };
  }
  const tab = existing.name;
  if (!where) throw new Error('bug: an existing tab without its location');
  if (where.sections.size === 0) {
    const values = typedCells(existing, timeZone, where).length;
    if (values > 0) return refusal(input, tab, 'form_write_refused_unrecognised', values);
  }
  const current = asOutRows(existing, timeZone);
  const line = checkLineCell(existing);
  let sheet: OutputSheet;
  let from: number;
  let lineCell: Cell = checkResultCell;
  let map: CellMap;
  const section7 = where.sections.get(decisionsSection.id);
  // A build into a tab without section 7 writes its check line only (the check reports the section missing).
  const lineOnly = input.scope === 'line' || (input.scope === 'build' && !section7);
  if (lineOnly) {
    const rows = current.map((r) => [...r]);
    while (rows.length <= line.row) rows.push([]);
    const at = rows[line.row]!;
    while (at.length <= line.column) at.push(null);
    at[line.column] = input.checkLine ?? (at[line.column] as OutValue);
    sheet = { name: tab, rows, format: {} };
    from = rows.length;
    lineCell = line;
    map = new CellMap(true);
  } else {
    const laid = lay();
    sheet = laid.sheet;
    map = laid.map;
    from = 0;
    if (input.scope === 'build' && section7) {
      const at = section7.row;
      const rendered = rowOfTitle(sheet.rows, decisionsSection.title);
      if (rendered === at && samePrefix(current, sheet, at, line) && line.row === checkResultCell.row) from = at;
    }
  }
  // Only the line's cell changes in a line-only write: what it holds is all that could be lost.
  const lost = lineOnly
    ? lineCellTyped(existing, lineCell, timeZone, input.checkLine)
    : lostOnWrite(existing, timeZone, where, asSheetData(sheet), input.sameTemplate === true);
  if (lost.length > maxMovedValues) return refusal(input, tab, 'form_write_refused_too_many', lost.length);
  if (lost.length === 0) return { ok: true, plan: { sheet, from, lineCell, map, moved: [] } };
  const kept = withMovedValues(sheet, lost, map);
  const start = Math.min(from, sheet.rows.length);
  return { ok: true, plan: { sheet: kept.sheet, from: start, lineCell, map, moved: kept.moved } };
}
