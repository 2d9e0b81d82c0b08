import { formatRuDate } from '../dates/format-ru-date';
import type { SchoolYear } from '../dates/school-year';
import type { DateSystem } from '../dates/serial-date';
import type { TermDates } from '../dates/school-terms';
import type { SheetData } from '../grid/sheet-data';
import { type Issue, issueAt, placedIssue, type Severity } from '../issues/issue';
import type { CodedParams, IssueParamsOf } from '../issues/issue-code';
import { cellText } from '../values/cell-text';
import { readDate } from '../values/read-date';
import { parsePeriod } from './parse-period';
import { failureProblem } from './period-result';
import type { ItemNumberRead } from './read-item-number';
import { readReporters } from './read-reporters';
import { readRowStatus } from './read-row-status';
import { deriveKind, deriveReporters } from './reporter-rules';
import type { RoadmapField } from './roadmap-columns';
import type { PeriodFailureCode, PeriodNoteCode, RoadmapIssueCode } from '../issues/roadmap-issue-codes';
import { type CommitteeExecution, type ItemKind, type RoadmapItem, roadmapItemSchema } from './roadmap-item';
import { splitResponsible } from './split-responsible';

/** What every row of the tab is read with. */
export interface RoadmapRowContext {
  readonly tab: string;
  readonly year: SchoolYear;
  readonly timeZone: string;
  /** 0-based columns of the fields found. */
  readonly columns: Partial<Record<RoadmapField, number>>;
  readonly links?: SheetData['links'];
  /** Exact term dates of `Настройки`. */
  readonly terms: TermDates;
  readonly dateSystem: DateSystem;
  /** The title of a row above by its number ('' when there is none): headings name sections and lists of events. */
  readonly titleOf: (id: string) => string;
  /** The `Ответственные` of an item above by its number (empty when it has none or is not read). */
  readonly responsibleOf: (id: string) => readonly string[];
}

function parentId(id: string): string {
  return id.split('.').slice(0, -1).join('.');
}

/**
 * One row of the `Дорожная карта` tab as an item, with the issues at its cells. No item for a
 * blank row, a heading (a number with no deadline, reporters or kind), or a row without a
 * valid number. A blank `Раздел` is the section heading's number and title; a blank
 * `Отчитываются` or `Вид` is derived from the wording, with an info issue at its cell.
 *
 * @param cells - the row's values
 * @param row - 0-based row index
 * @param number - the row's `Пункт`, already read (or given, for an unnumbered row of an order)
 * @param context - tab, school year, zone, columns, term dates and the titles above
 */
export function readRoadmapRow(
  cells: readonly unknown[],
  row: number,
  number: ItemNumberRead,
  context: RoadmapRowContext,
): { item: RoadmapItem | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const col = (field: RoadmapField) => context.columns[field];
  const cell = (field: RoadmapField): unknown => {
    const c = col(field);
    return c === undefined ? undefined : cells[c];
  };
  const text = (field: RoadmapField) => cellText(cell(field), context.timeZone);
  const place = (severity: Severity, field: RoadmapField) => {
    const c = col(field);
    return { severity, tab: context.tab, row: row + 1, column: c === undefined ? null : c + 1 };
  };
  const flag: Flag = (code, severity, field, params) => issues.push(issueAt(code, params, place(severity, field)));
  // A deadline's reason, placed at `Срок` with the item it concerns.
  const flagPeriod = (problem: CodedParams<PeriodFailureCode | PeriodNoteCode>, severity: Severity) =>
    issues.push(
      placedIssue({ ...problem, params: { ...problem.params, item: id } } as CodedParams, place(severity, 'period')),
    );
  const title = text('title');
  const period = periodText(cell('period'), text('period'), context.timeZone, context.dateSystem);
  if (number.kind === 'blank') {
    if (period !== '') flag('roadmap_missing_item_number', 'error', 'id', { title });
    return { item: null, issues };
  }
  if (number.kind === 'bad') {
    flag('roadmap_bad_item_number', 'error', 'id', { value: number.shown });
    return { item: null, issues };
  }
  const id = number.id;
  if (period === '' && text('reporters') === '' && text('kind') === '') return { item: null, issues };
  if (number.kind === 'date') flag('roadmap_item_number_was_date', 'warning', 'id', { value: number.shown, guess: id });
  if (number.kind === 'auto') flag('roadmap_item_numbered', 'info', 'id', { item: id, parent: number.parent, title });
  if (title === '') flag('roadmap_missing_title', 'warning', 'title', { item: id });
  const parsed = parsePeriod(period, context.year, { terms: context.terms });
  if (!parsed.ok) {
    flagPeriod(failureProblem(parsed), parsed.reason === 'period_no_date' ? 'warning' : 'error');
  }
  for (const note of parsed.ok ? (parsed.notes ?? []) : []) flagPeriod(note, note.severity);
  const responsible = splitResponsible(text('responsible'));
  const derived = derivedReporters(id, title, responsible, context);
  const read = readReporters(text('reporters'));
  if (read.unknown.length > 0) {
    flag('roadmap_unknown_reporter', 'error', 'reporters', { item: id, value: read.unknown });
  }
  let reporters = read.reporters;
  if (reporters.length === 0 && !read.committee) {
    // Blank (or nothing known in it): the order's wording says who reports, and the committee sees it.
    reporters = derived.reporters;
    flag('roadmap_reporters_derived', 'info', 'reporters', { item: id, reporters, rule: derived.why });
  }
  const kindText = text('kind').toLowerCase().replace(/\s+/g, ' ').trim();
  let kind: ItemKind = 'пункт';
  if (kindText === 'мероприятие') kind = 'мероприятие';
  else if (kindText === '') {
    kind = deriveKind(context.titleOf(parentId(id)), { reporters, ...(derived.kind ? { kind: derived.kind } : {}) });
    flag('roadmap_kind_derived', 'info', 'kind', { item: id, value: kind });
  } else if (kindText !== 'пункт') {
    flag('roadmap_unknown_kind', 'warning', 'kind', { item: id, value: text('kind'), used: kind });
  }
  const evidenceColumn = col('evidence');
  const link = evidenceColumn === undefined ? null : (context.links?.[row]?.[evidenceColumn] ?? null);
  const committee = readCommittee(id, cell, text, flag, context, link);
  // The readers made every value and reported every bad cell; the schema states what an item is (a failure is a reader's bug).
  const item = roadmapItemSchema.parse({
    id,
    section: text('section') || sectionOf(id, context),
    title,
    period,
    windows: parsed.ok ? parsed.windows : [],
    responsible,
    result: text('result'),
    kind,
    reporters,
    ...(committee ? { committee } : {}),
  } satisfies RoadmapItem);
  return { item, issues };
}

/**
 * Who reports on an item by its wording. A blank `Ответственные` names nobody, which is not «only
 * the committee»: the order leaves it blank under an item whose responsible bodies cover its rows
 * (a merged cell copied as text), so the nearest item above that names them is read instead.
 */
function derivedReporters(
  id: string,
  title: string,
  responsible: readonly string[],
  context: RoadmapRowContext,
): ReturnType<typeof deriveReporters> {
  if (responsible.length > 0) return deriveReporters(title, responsible);
  for (let above = parentId(id); above !== ''; above = parentId(above)) {
    const named = context.responsibleOf(above);
    if (named.length === 0) continue;
    const derived = deriveReporters(title, named);
    return { ...derived, why: `«Ответственные» не заполнены — взяты у пункта ${above}; ${derived.why}` };
  }
  return deriveReporters(title, responsible);
}

/** Adds an issue of the row at a field's cell. */
type Flag = <C extends RoadmapIssueCode>(
  code: C,
  severity: Severity,
  field: RoadmapField,
  params: IssueParamsOf<C>,
) => void;

/** `3 Мониторинг состояния …`: the section's number and the title of its heading row, when the tab has one. */
function sectionOf(id: string, context: RoadmapRowContext): string {
  const top = id.split('.')[0] ?? '';
  const heading = context.titleOf(top);
  return heading === '' ? '' : `${top} ${heading}`;
}

function readCommittee(
  id: string,
  cell: (field: RoadmapField) => unknown,
  text: (field: RoadmapField) => string,
  flag: Flag,
  context: RoadmapRowContext,
  link: string | null,
): CommitteeExecution | null {
  const statusText = text('status');
  const status = readRowStatus(statusText);
  if (status === undefined) flag('roadmap_unknown_status', 'warning', 'status', { item: id, value: statusText });
  const date = readDate(cell('doneOn'), context.timeZone, context.dateSystem);
  if (date.kind === 'bad') flag('roadmap_bad_done_date', 'warning', 'doneOn', { item: id, value: text('doneOn') });
  const doneOn = date.kind === 'ok' ? date.value : null;
  const evidence = text('evidence') || (link ?? '');
  if (statusText === '' && date.kind === 'blank' && evidence === '') return null;
  return { status: status ?? statusText, doneOn, evidence };
}

/** `Срок` as text; a serial date number (what the Sheets API gives for a date cell) as `ДД.ММ.ГГГГ`. */
function periodText(cell: unknown, shownText: string, timeZone: string, system: DateSystem): string {
  if (typeof cell !== 'number') return shownText;
  const date = readDate(cell, timeZone, system);
  return date.kind === 'ok' ? formatRuDate(date.value) : shownText;
}
