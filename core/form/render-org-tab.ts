import { schoolYearLabel } from '../dates/school-year';
import type { Organisation } from '../directory/organisation';
import type { Settings } from '../directory/settings';
import type { SheetData } from '../grid/sheet-data';
import type { OutValue, OutputSheet } from '../grid/output-sheet';
import type { Roadmap } from '../roadmap/roadmap-item';
import { type EnteredValues, enteredValues, uncodedPrefix } from './entered-values';
import { eventChoices, roadmapRowsFor } from './form-roadmap';
import {
  decisionsSection,
  eventsSection,
  type FieldType,
  formColumns,
  organisationSection,
  profminimumSection,
  recommendationCodeColumn,
  removedItemsTitle,
  responsibleSection,
  roadmapSection,
  type ScalarField,
  sectionApplies,
  type TableColumn,
  trainingSection,
} from './form-spec';
import { TabBuilder } from './tab-builder';

/** The cell (0-based, `A2`) where the add-on writes «Проверено ДАТА ВРЕМЯ: N ошибок, M предупреждений». */
export const checkResultCell = { row: 1, column: 0 } as const;

/** Text of the check-result cell in a tab that has not been checked yet. */
export const notCheckedText = 'Лист ещё не проверялся.';

/** Date format of every date cell of the form. */
export const formDatePattern = 'dd.mm.yyyy';

const columnWidths = [300, 320, 220, 110, 120, 220, 160, 80];

/** A recommendation to write into section 7, with the code that keeps its decision. */
export interface RecommendationLine {
  readonly code: string;
  readonly message: string;
}

export interface RenderOptions {
  /** The zone of `Date` cells in `existing` (`UTC` for exceljs, the spreadsheet's for Apps Script). */
  readonly timeZone?: string;
}

const noEntries: EnteredValues = {
  scalars: new Map(),
  roadmap: new Map(),
  removed: [],
  events: [],
  training: [],
  decisions: new Map(),
};

function formatCell(b: TabBuilder, row: number, column: number, field: { type: FieldType; asText?: boolean }): void {
  if (field.asText) b.text({ row, column });
  if (field.type === 'date') b.numberFormat({ row, column }, formDatePattern);
}

function title(b: TabBuilder, text: string): void {
  b.row([]);
  const r = b.row([text]);
  b.bold({ row: r, column: 0 });
}

function scalarRows(b: TabBuilder, fields: readonly ScalarField[], value: (key: string) => OutValue, locked: boolean) {
  for (const field of fields) {
    const r = b.row([field.label, value(field.key), field.hint ?? null]);
    formatCell(b, r, 1, field);
    b.italic({ row: r, column: 2 });
    if (locked) b.fill({ row: r, column: 1 }, 'locked');
    else {
      b.editable({ row: r, column: 1 });
      if (field.options) b.dropdown({ row: r, column: 1 }, field.options);
    }
  }
}

function header(b: TabBuilder, columns: readonly TableColumn[]): void {
  const r = b.row(columns.map((c) => c.header));
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
 * The tab of one organisation (design §4): the form with section 1 filled and locked, one
 * section 4 row per roadmap item window, blank rows for sections 5 and 6, and section 7's
 * recommendations. Given the existing tab, every value the organisation entered is kept:
 * scalars by label, section 4 by `Пункт`, sections 5 and 6 row by row, section 7 decisions
 * by recommendation code; rows of items no longer in the roadmap move to «Удалённые пункты».
 *
 * @param org - the organisation
 * @param roadmap - the roadmap in force
 * @param settings - the committee's settings (school year)
 * @param existing - the organisation's current tab, when upgrading
 * @param recommendations - section 7's current recommendations; omitted keeps the tab's own
 * @param options - the time zone of `existing`'s date cells
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
  const entered = existing ? enteredValues(existing, options.timeZone ?? 'UTC') : noEntries;
  const b = new TabBuilder(formColumns);
  b.row([`Профориентация: отчёт организации «${org.name}» · учебный год ${schoolYearLabel(settings.schoolYear)}`]);
  b.bold({ row: 0, column: 0 });
  b.row([notCheckedText]);
  b.italic({ row: 1, column: 0 });
  b.row(['Заполняйте белые ячейки; серые заполняет комитет. Подсказки — в столбце C, даты — ДД.ММ.ГГГГ.']);
  b.italic({ row: 2, column: 0 });

  const orgValues: Record<string, OutValue> = {
    code: org.code,
    name: org.name,
    type: org.type,
    district: org.district,
  };
  title(b, organisationSection.title);
  scalarRows(b, organisationSection.fields, (k) => orgValues[k] ?? null, true);
  for (const section of [responsibleSection, profminimumSection]) {
    if (!sectionApplies(section, org.type)) continue;
    title(b, section.title);
    scalarRows(b, section.fields, (k) => entered.scalars.get(k) ?? null, false);
  }

  title(b, roadmapSection.title);
  header(b, roadmapSection.columns);
  const items = roadmapRowsFor(roadmap, org.type);
  const first = b.next;
  for (const item of items) {
    const kept = entered.roadmap.get(item.key) ?? [];
    b.row([item.key, item.title, item.periodText, ...kept.slice(3)]);
  }
  tableBody(b, roadmapSection.columns, first, items.length, new Map());
  b.wrap({ row: first, column: 1, rows: Math.max(1, items.length) });

  const eventLabels = eventChoices(roadmap, org.type).map((e) => e.label);
  for (const [section, rows] of [
    [eventsSection, entered.events],
    [trainingSection, entered.training],
  ] as const) {
    title(b, section.title);
    header(b, section.columns);
    const start = b.next;
    for (const row of rows) b.row(row);
    for (let i = 0; i < section.blankRows; i++) b.row([]);
    tableBody(b, section.columns, start, rows.length + section.blankRows, new Map([['event', eventLabels]]));
  }

  writeDecisions(b, entered, recommendations);
  writeRemoved(b, entered, new Set(items.map((i) => i.key)));
  return b.build(org.code, {
    frozenRows: 2,
    columnWidths,
    hiddenColumns: [recommendationCodeColumn],
  });
}

function writeDecisions(b: TabBuilder, entered: EnteredValues, recommendations?: readonly RecommendationLine[]) {
  title(b, decisionsSection.title);
  header(b, decisionsSection.columns);
  const start = b.next;
  const line = (code: string, text: OutValue, kept: readonly OutValue[]) => {
    const row: OutValue[] = [text, kept[0] ?? null, kept[1] ?? null];
    while (row.length < recommendationCodeColumn) row.push(null);
    b.row([...row, code === '' || code.startsWith(uncodedPrefix) ? null : code]);
  };
  if (recommendations) {
    const current = new Set(recommendations.map((r) => r.code));
    for (const r of recommendations) line(r.code, r.message, entered.decisions.get(r.code)?.slice(1) ?? []);
    for (const [code, kept] of entered.decisions) {
      if (!current.has(code) && (kept[1] !== null || kept[2] !== null)) line(code, kept[0] ?? null, kept.slice(1));
    }
  } else {
    for (const [code, kept] of entered.decisions) line(code, kept[0] ?? null, kept.slice(1));
  }
  for (let i = 0; i < 3; i++) b.row([]);
  tableBody(b, decisionsSection.columns, start, b.next - start, new Map());
  b.wrap({ row: start, column: 0, rows: b.next - start });
}

function writeRemoved(b: TabBuilder, entered: EnteredValues, current: ReadonlySet<string>) {
  const moved: OutValue[][] = [];
  for (const [key, row] of entered.roadmap) if (!current.has(key)) moved.push([...row]);
  for (const row of entered.removed) moved.push([...row]);
  if (moved.length === 0) return;
  title(b, removedItemsTitle);
  b.row(['Пункты, которых больше нет в дорожной карте: сохранены, как были заполнены.']);
  b.italic({ row: b.next - 1, column: 0 });
  header(b, roadmapSection.columns);
  const start = b.next;
  for (const row of moved) b.row(row);
  b.fill({ row: start, column: 0, rows: moved.length, columns: roadmapSection.columns.length }, 'grey');
}

/**
 * A new organisation tab: `renderOrgTab` without an existing tab.
 *
 * @param org - the organisation
 * @param roadmap - the roadmap in force
 * @param settings - the committee's settings
 */
export function orgTemplate(org: Organisation, roadmap: Roadmap, settings: Settings): OutputSheet {
  return renderOrgTab(org, roadmap, settings);
}
