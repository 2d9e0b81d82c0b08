import type { Organisation } from '../directory/organisation';
import type { Settings } from '../directory/settings';
import { fittingWidth } from '../grid/text-width';
import type { OutValue, OutputSheet } from '../grid/output-sheet';
import type { SheetData } from '../grid/sheet-data';
import type { Roadmap } from '../roadmap/roadmap-item';
import type { CellMap } from './cell-map';
import { type EnteredValues, enteredValues, type TableBody } from './entered-values';
import { checkResultCell, fillHintText, formTitleLine, notCheckedText } from './form-lines';
import { eventChoices, roadmapRowsFor } from './form-roadmap';
import {
  eventsSection,
  formSections,
  organisationSection,
  profminimumSection,
  recommendationCodeColumn,
  responsibleSection,
  roadmapSection,
  type ScalarField,
  sectionApplies,
  trainingSection,
} from './form-spec';
import type { FormLocation } from './locate-form';
import { formatCell, TabLayout, tableBody, tableHeader } from './tab-layout';
import { type RecommendationLine, writeDecisions } from './write-decisions';
import { writeAdded, writeMoved, writeRemoved } from './write-kept-blocks';

export { checkResultCell } from './form-lines';
export type { RecommendationLine } from './write-decisions';

/** Column A holds the labels, which must show whole beside a filled value. */
const labelColumnWidth = Math.max(
  300,
  fittingWidth(
    formSections.flatMap((s) => ('fields' in s ? (s.fields as readonly ScalarField[]).map((f) => f.label) : [])),
  ),
);
const columnWidths = [labelColumnWidth, 320, 220, 110, 120, 220, 160, 80];

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

const noEntries: EnteredValues = {
  checkLine: null,
  lines: new Map(),
  titles: new Map(),
  headers: new Map(),
  scalars: new Map(),
  roadmap: new Map(),
  strayItems: [],
  removed: [],
  added: [],
  events: null,
  training: null,
  decisions: [],
  moved: [],
};

function scalarRows(
  l: TabLayout,
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
 * «Удалённые пункты», «Строки, добавленные организацией» and «Перенесённые значения» blocks when
 * there is anything to keep. Given
 * the existing tab, read where it stands, every value the organisation entered is kept: scalars
 * by label, section 4 by `Пункт`, sections 5 and 6 row by row at their place, section 7 decisions
 * by recommendation key; rows of items no longer in the roadmap move to «Удалённые пункты», rows
 * the organisation added to section 4 to «Строки, добавленные организацией», and text beside a
 * field or a table row stays beside it.
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
  const l = new TabLayout(existing, timeZone);
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
  tableHeader(l, roadmapSection.columns, entered.headers.get(roadmapSection.id));
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
    tableHeader(l, section.columns, entered.headers.get(section.id));
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
  writeAdded(l, entered);
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
