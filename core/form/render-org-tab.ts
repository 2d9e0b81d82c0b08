import type { Organisation } from '../directory/organisation';
import type { Settings } from '../directory/settings';
import type { OutValue, OutputSheet } from '../grid/output-sheet';
import type { SheetData } from '../grid/sheet-data';
import type { Roadmap } from '../roadmap/roadmap-item';
import { CellMap } from './cell-map';
import {
  type EnteredDecision,
  type EnteredRow,
  type EnteredValues,
  enteredValues,
  type SourceRow,
  type TableBody,
  toOutValue,
} from './entered-values';
import { eventChoices, roadmapRowsFor } from './form-roadmap';
import { checkResultCell, fillHintText, formTitleLine, notCheckedText } from './form-lines';
import {
  decisionsSection,
  eventsSection,
  type FieldType,
  formColumns,
  movedValuesBlock,
  organisationSection,
  profminimumSection,
  recommendationCodeColumn,
  removedItemsIntro,
  removedItemsTitle,
  responsibleSection,
  roadmapSection,
  type ScalarField,
  sectionApplies,
  type TableColumn,
  trainingSection,
} from './form-spec';
import { isBlankCell } from './form-text';
import type { FormLocation } from './locate-form';
import { TabBuilder } from './tab-builder';

export { checkResultCell, notCheckedText } from './form-lines';

/** Date format of every date cell of the form. */
export const formDatePattern = 'dd.mm.yyyy';

const columnWidths = [300, 320, 220, 110, 120, 220, 160, 80];

/** A recommendation to write into section 7, with the stable key that keeps its decision. */
export interface RecommendationLine {
  /** `code` or `code:subject` (`item_overdue:3.2/1`), written in the hidden column H. */
  readonly key: string;
  readonly code: string;
  readonly message: string;
}

export interface RenderOptions {
  /** The zone of `Date` cells in `existing` (`UTC` for exceljs, the spreadsheet's for Apps Script). */
  readonly timeZone?: string;
  /** The check-result line for `A2`; by default the tab's own, else «Лист ещё не проверялся.». */
  readonly checkLine?: string;
  /** `existing`'s form located leniently, when the caller has it already. */
  readonly location?: FormLocation;
}

/** A rendered tab and where each cell of the existing tab went in it. */
export interface LaidOutTab {
  readonly sheet: OutputSheet;
  /** Existing cell → rendered cell (0-based), for every value carried and every value cell of the form. */
  readonly map: CellMap;
}

/** Columns B–G of a moved value's row are the school's to edit (H stays hidden). */
export const movedEditableColumns = formColumns - 2;

const noEntries: EnteredValues = {
  checkLine: null,
  lines: new Map(),
  titles: new Map(),
  headers: new Map(),
  scalars: new Map(),
  roadmap: new Map(),
  strayItems: [],
  removed: [],
  events: null,
  training: null,
  decisions: [],
  moved: [],
};

/** The tab being written and the rows of the existing tab each rendered row continues. */
class Layout {
  readonly b = new TabBuilder(formColumns);
  private readonly links: { source: SourceRow; to: number }[] = [];

  constructor(
    private readonly existing: SheetData | undefined,
    private readonly timeZone: string,
  ) {}

  /** Appends a row that continues `source` (its cells are linked, the others carried in place). */
  row(values: readonly OutValue[], source?: SourceRow | null): number {
    const r = this.b.row(values);
    // A continued row keeps the cells it has past the form's columns.
    for (let c = formColumns; c < values.length; c++) this.b.rows[r]?.push(values[c] ?? null);
    if (source) this.links.push({ source, to: r });
    return r;
  }

  title(text: string, source: SourceRow | undefined): void {
    this.b.row([]);
    const r = this.row([text], source);
    this.b.bold({ row: r, column: 0 });
  }

  /**
   * Links every cell of each continued row, and carries in place the cells the template has no
   * column for (a note beside a field): whatever cannot be placed is left for `planOrgTab` to keep.
   */
  finish(): CellMap {
    const map = new CellMap();
    const sheet = this.existing;
    for (const { source, to } of this.links) {
      for (const [from, column] of source.columns) map.link({ row: source.row, column: from }, { row: to, column });
      const values = sheet?.values[source.row];
      if (!sheet || !Array.isArray(values)) continue;
      const target = this.b.rows[to];
      if (!target) continue;
      const width = Math.max(values.length, sheet.links?.[source.row]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        if (source.columns.has(c)) continue;
        const link = sheet.links?.[source.row]?.[c];
        if (isBlankCell(values[c]) && !link) continue;
        while (target.length <= c) target.push(null);
        if (target[c] !== null) continue;
        target[c] = toOutValue(values[c], link, this.timeZone);
        map.link({ row: source.row, column: c }, { row: to, column: c });
      }
    }
    return map;
  }
}

function formatCell(b: TabBuilder, row: number, column: number, field: { type: FieldType; asText?: boolean }): void {
  if (field.asText) b.text({ row, column });
  if (field.type === 'date') b.numberFormat({ row, column }, formDatePattern);
}

function scalarRows(
  l: Layout,
  fields: readonly ScalarField[],
  value: (key: string) => OutValue,
  entered: EnteredValues,
  locked: boolean,
): void {
  const { b } = l;
  for (const field of fields) {
    const r = l.row([field.label, value(field.key), field.hint ?? null], entered.scalars.get(field.key));
    formatCell(b, r, 1, field);
    b.italic({ row: r, column: 2 });
    if (locked) b.fill({ row: r, column: 1 }, 'locked');
    else {
      b.editable({ row: r, column: 1 });
      if (field.options) b.dropdown({ row: r, column: 1 }, field.options);
    }
  }
}

function header(l: Layout, columns: readonly TableColumn[], source: SourceRow | undefined): void {
  const { b } = l;
  const r = l.row(
    columns.map((c) => c.header),
    source,
  );
  b.bold({ row: r, column: 0, columns: columns.length });
  b.fill({ row: r, column: 0, columns: columns.length }, 'header');
  b.wrap({ row: r, column: 0, columns: columns.length });
}

/** Formats a block of data rows of a table: text and date columns, dropdowns, editable and locked cells. */
function tableBody(
  b: TabBuilder,
  columns: readonly TableColumn[],
  first: number,
  count: number,
  lists: ReadonlyMap<string, readonly string[]>,
) {
  if (count <= 0) return;
  columns.forEach((column, c) => {
    const range = { row: first, column: c, rows: count };
    if (column.asText) b.text(range);
    if (column.type === 'date') b.numberFormat(range, formDatePattern);
    if (column.locked) b.fill(range, 'locked');
    else b.editable(range);
    const list = column.options ?? lists.get(column.key);
    if (list && !column.locked) b.dropdown(range, list);
  });
}

/**
 * How many rows the body of section 5 or 6 gets: as many as the tab has (so a filled form keeps
 * its layout and nothing below it moves), and a new set of blank rows once the last one is filled.
 */
function bodyLength(body: TableBody | null, blankRows: number): number {
  if (!body) return blankRows;
  let last = -1;
  body.rows.forEach((row, i) => {
    if (row) last = i;
  });
  const needed = last + 1 >= body.length ? last + 1 + blankRows : 0;
  return Math.max(body.length, needed);
}

/**
 * The tab of one organisation (design §4) and where each existing cell went: the form with
 * section 1 filled and locked, one section 4 row per roadmap item window, sections 5 and 6 as
 * long as they are (blank rows for a new tab), section 7's recommendations, and below them the
 * «Удалённые пункты» and «Перенесённые значения» blocks when there is anything to keep. Given
 * the existing tab, read where it stands, every value the organisation entered is kept: scalars
 * by label, section 4 by `Пункт`, sections 5 and 6 row by row at their place, section 7 decisions
 * by recommendation key; rows of items no longer in the roadmap move to «Удалённые пункты», and
 * text beside a field or a table row stays beside it.
 *
 * @param org - the organisation
 * @param roadmap - the roadmap in force
 * @param settings - the committee's settings (school year)
 * @param existing - the organisation's current tab, when upgrading
 * @param recommendations - section 7's current recommendations; omitted keeps the tab's own
 * @param options - the time zone of `existing`'s date cells, the check-result line
 * @example layOutOrgTab(org, builtinRoadmap(), settings, tab).map.placeOf({ row: 40, column: 2 })
 */
export function layOutOrgTab(
  org: Organisation,
  roadmap: Roadmap,
  settings: Settings,
  existing?: SheetData,
  recommendations?: readonly RecommendationLine[],
  options: RenderOptions = {},
): LaidOutTab {
  const timeZone = options.timeZone ?? 'UTC';
  const entered = existing ? enteredValues(existing, timeZone, options.location) : noEntries;
  const l = new Layout(existing, timeZone);
  const { b } = l;
  l.row([formTitleLine(org, settings)], entered.lines.get(0));
  b.bold({ row: 0, column: 0 });
  l.row([options.checkLine ?? entered.checkLine ?? notCheckedText], entered.lines.get(checkResultCell.row));
  b.italic({ row: 1, column: 0 });
  l.row([fillHintText], entered.lines.get(2));
  b.italic({ row: 2, column: 0 });

  const orgValues: Record<string, OutValue> = {
    code: org.code,
    name: org.name,
    type: org.type,
    district: org.district,
  };
  l.title(organisationSection.title, entered.titles.get(organisationSection.id));
  scalarRows(l, organisationSection.fields, (k) => orgValues[k] ?? null, entered, true);
  for (const section of [responsibleSection, profminimumSection]) {
    if (!sectionApplies(section, org.type)) continue;
    l.title(section.title, entered.titles.get(section.id));
    scalarRows(l, section.fields, (k) => entered.scalars.get(k)?.value ?? null, entered, false);
  }

  l.title(roadmapSection.title, entered.titles.get(roadmapSection.id));
  header(l, roadmapSection.columns, entered.headers.get(roadmapSection.id));
  const items = roadmapRowsFor(roadmap, org.type);
  const first = b.next;
  for (const item of items) {
    const kept = entered.roadmap.get(item.key);
    l.row([item.key, item.title, item.periodText, ...(kept?.values.slice(3) ?? [])], kept);
  }
  tableBody(b, roadmapSection.columns, first, items.length, new Map());
  b.wrap({ row: first, column: 1, rows: Math.max(1, items.length) });

  const eventLabels = eventChoices(roadmap, org.type).map((e) => e.label);
  for (const [section, body] of [
    [eventsSection, entered.events],
    [trainingSection, entered.training],
  ] as const) {
    l.title(section.title, entered.titles.get(section.id));
    header(l, section.columns, entered.headers.get(section.id));
    const start = b.next;
    const length = bodyLength(body, section.blankRows);
    for (let i = 0; i < length; i++) {
      const row = body?.rows[i] ?? null;
      l.row(row?.values ?? [], row);
    }
    tableBody(b, section.columns, start, length, new Map([['event', eventLabels]]));
  }

  writeDecisions(l, entered, recommendations);
  writeRemoved(l, entered, new Set(items.map((i) => i.key)));
  writeMoved(l, entered);
  const map = l.finish();
  const sheet = b.build(org.code, { frozenRows: 2, columnWidths, hiddenColumns: [recommendationCodeColumn] });
  return { sheet, map };
}

/**
 * The tab of one organisation: `layOutOrgTab` without the map.
 *
 * @param org - the organisation
 * @param roadmap - the roadmap in force
 * @param settings - the committee's settings (school year)
 * @param existing - the organisation's current tab, when upgrading
 * @param recommendations - section 7's current recommendations; omitted keeps the tab's own
 * @param options - the time zone of `existing`'s date cells, the check-result line
 * @example renderOrgTab(org, builtinRoadmap(), settings).name // org.code
 */
export function renderOrgTab(
  org: Organisation,
  roadmap: Roadmap,
  settings: Settings,
  existing?: SheetData,
  recommendations?: readonly RecommendationLine[],
  options: RenderOptions = {},
): OutputSheet {
  return layOutOrgTab(org, roadmap, settings, existing, recommendations, options).sheet;
}

const baseCode = (key: string) => key.split(':')[0] ?? key;

/** The row a decision was recorded on before keys had subjects: same rule, same text (or its first 40 characters as the key). */
function legacyDecision(
  line: RecommendationLine,
  decisions: readonly EnteredDecision[],
  used: ReadonlySet<EnteredDecision>,
  current: ReadonlySet<string>,
): EnteredDecision | undefined {
  return decisions.find(
    (d) =>
      !used.has(d) &&
      d.key !== '' &&
      !current.has(d.key) &&
      baseCode(d.key) === line.code &&
      (d.values[0] === line.message || d.key === `${line.code}:${line.message.slice(0, 40)}`),
  );
}

function writeDecisions(l: Layout, entered: EnteredValues, recommendations?: readonly RecommendationLine[]) {
  const { b } = l;
  l.title(decisionsSection.title, entered.titles.get(decisionsSection.id));
  header(l, decisionsSection.columns, entered.headers.get(decisionsSection.id));
  const start = b.next;
  const line = (key: string, text: OutValue, kept: EnteredDecision | undefined) => {
    const row: OutValue[] = [text, kept?.values[1] ?? null, kept?.values[2] ?? null];
    while (row.length < recommendationCodeColumn) row.push(null);
    l.row([...row, key === '' ? null : key], kept);
  };
  if (recommendations) {
    const byKey = new Map<string, EnteredDecision>();
    for (const d of entered.decisions) if (d.key !== '' && !byKey.has(d.key)) byKey.set(d.key, d);
    const current = new Set(recommendations.map((r) => r.key));
    const used = new Set<EnteredDecision>();
    for (const r of recommendations) {
      const kept = byKey.get(r.key) ?? legacyDecision(r, entered.decisions, used, current);
      if (kept) used.add(kept);
      line(r.key, r.message, kept);
    }
    for (const d of entered.decisions) {
      if (used.has(d)) continue;
      const typed = d.key === '' ? d.values.some((v) => v !== null) : d.values[1] !== null || d.values[2] !== null;
      if (typed) line(d.key, d.values[0] ?? null, d);
    }
  } else {
    for (const d of entered.decisions) line(d.key, d.values[0] ?? null, d);
  }
  for (let i = 0; i < 3; i++) b.row([]);
  tableBody(b, decisionsSection.columns, start, b.next - start, new Map());
  b.wrap({ row: start, column: 0, rows: b.next - start });
}

function writeRemoved(l: Layout, entered: EnteredValues, current: ReadonlySet<string>) {
  const { b } = l;
  const moved: EnteredRow[] = [...entered.removed];
  for (const [key, row] of entered.roadmap) if (!current.has(key)) moved.push(row);
  moved.push(...entered.strayItems);
  if (moved.length === 0) return;
  l.title(removedItemsTitle, entered.titles.get('removed'));
  l.row([removedItemsIntro], entered.headers.get('removed.intro'));
  b.italic({ row: b.next - 1, column: 0 });
  header(l, roadmapSection.columns, entered.headers.get('removed'));
  const start = b.next;
  for (const row of moved) l.row(row.values, row);
  b.fill({ row: start, column: 0, rows: moved.length, columns: roadmapSection.columns.length }, 'grey');
}

function writeMoved(l: Layout, entered: EnteredValues) {
  if (entered.moved.length === 0) return;
  const { b } = l;
  l.title(movedValuesBlock.title, entered.titles.get(movedValuesBlock.id));
  l.row([movedValuesBlock.intro], entered.headers.get(`${movedValuesBlock.id}.intro`));
  b.italic({ row: b.next - 1, column: 0 });
  header(l, movedValuesBlock.columns, entered.headers.get(movedValuesBlock.id));
  const start = b.next;
  for (const row of entered.moved) l.row(row.values, row);
  b.fill({ row: start, column: 0, rows: entered.moved.length }, 'locked');
  b.editable({ row: start, column: 1, rows: entered.moved.length, columns: movedEditableColumns });
}

/**
 * A new organisation tab: `renderOrgTab` without an existing tab.
 *
 * @param org - the organisation
 * @param roadmap - the roadmap in force
 * @param settings - the committee's settings
 * @example orgTemplate(org, builtinRoadmap(), settings).rows[0][0] // 'Профориентация: отчёт организации «…» · учебный год 2023/2024'
 */
export function orgTemplate(org: Organisation, roadmap: Roadmap, settings: Settings): OutputSheet {
  return renderOrgTab(org, roadmap, settings);
}
