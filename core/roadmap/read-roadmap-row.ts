import type { SchoolYear } from '../dates/school-year';
import type { SheetData } from '../grid/sheet-data';
import type { Issue, IssueParams, Severity } from '../issues/issue';
import { cellText } from '../values/cell-text';
import { readDate } from '../values/read-date';
import { parsePeriod } from './parse-period';
import type { ItemNumberRead } from './read-item-number';
import { readReporters } from './read-reporters';
import { readRowStatus } from './read-row-status';
import type { RoadmapField } from './roadmap-columns';
import type { RoadmapIssueCode } from '../issues/roadmap-issue-codes';
import type { CommitteeExecution, ItemKind, RoadmapItem } from './roadmap-item';
import { splitResponsible } from './split-responsible';

/** What every row of the tab is read with. */
export interface RoadmapRowContext {
  readonly tab: string;
  readonly year: SchoolYear;
  readonly timeZone: string;
  /** 0-based columns of the fields found. */
  readonly columns: Partial<Record<RoadmapField, number>>;
  readonly links?: SheetData['links'];
}

/**
 * One row of the `Дорожная карта` tab as an item, with the issues at its cells. No item for a
 * blank row, a heading (a number with no deadline, reporters or kind), or a row without a
 * valid number.
 *
 * @param cells - the row's values
 * @param row - 0-based row index
 * @param number - the row's `Пункт`, already read
 * @param context - tab, school year, zone and columns
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
  const flag = (code: RoadmapIssueCode, severity: Severity, field: RoadmapField, params: IssueParams) => {
    const c = col(field);
    issues.push({ code, severity, tab: context.tab, row: row + 1, column: c === undefined ? null : c + 1, params });
  };
  const title = text('title');
  const period = periodText(cell('period'), text('period'), context.timeZone);
  if (number.kind === 'blank') {
    if (title !== '' || period !== '') flag('roadmap_missing_item_number', 'error', 'id', { title });
    return { item: null, issues };
  }
  if (number.kind === 'bad') {
    flag('roadmap_bad_item_number', 'error', 'id', { value: number.shown });
    return { item: null, issues };
  }
  const id = number.id;
  if (period === '' && text('reporters') === '' && text('kind') === '') return { item: null, issues };
  if (number.kind === 'date') flag('roadmap_item_number_was_date', 'warning', 'id', { value: number.shown, guess: id });
  if (title === '') flag('roadmap_missing_title', 'warning', 'title', { item: id });
  const parsed = parsePeriod(period, context.year);
  if (!parsed.ok) flag(parsed.reason, 'error', 'period', { ...parsed.params, item: id });
  const reporters = readReporters(text('reporters'));
  if (reporters.unknown.length > 0) {
    flag('roadmap_unknown_reporter', 'error', 'reporters', { item: id, value: reporters.unknown.join(', ') });
  }
  const kindText = text('kind').toLowerCase().replace(/\s+/g, ' ');
  let kind: ItemKind = 'пункт';
  if (kindText === 'мероприятие') kind = 'мероприятие';
  else if (kindText !== '' && kindText !== 'пункт')
    flag('roadmap_unknown_kind', 'warning', 'kind', { item: id, value: text('kind'), used: kind });
  const evidenceColumn = col('evidence');
  const link = evidenceColumn === undefined ? null : (context.links?.[row]?.[evidenceColumn] ?? null);
  const committee = readCommittee(id, cell, text, flag, context.timeZone, link);
  const item: RoadmapItem = {
    id,
    section: text('section'),
    title,
    period,
    windows: parsed.ok ? parsed.windows : [],
    responsible: splitResponsible(text('responsible')),
    result: text('result'),
    kind,
    reporters: reporters.reporters,
    ...(committee ? { committee } : {}),
  };
  return { item, issues };
}

function readCommittee(
  id: string,
  cell: (field: RoadmapField) => unknown,
  text: (field: RoadmapField) => string,
  flag: (code: RoadmapIssueCode, severity: Severity, field: RoadmapField, params: IssueParams) => void,
  timeZone: string,
  link: string | null,
): CommitteeExecution | null {
  const statusText = text('status');
  const status = readRowStatus(statusText);
  if (status === undefined) flag('roadmap_unknown_status', 'warning', 'status', { item: id, value: statusText });
  const date = readDate(cell('doneOn'), timeZone);
  if (date.kind === 'bad') flag('roadmap_bad_done_date', 'warning', 'doneOn', { item: id, value: text('doneOn') });
  const doneOn = date.kind === 'ok' ? date.value : null;
  const evidence = text('evidence') || (link ?? '');
  if (statusText === '' && date.kind === 'blank' && evidence === '') return null;
  return { status: status ?? statusText, doneOn, evidence };
}

/** `Срок` as text; a serial date number (what the Sheets API gives for a date cell) as `DD.MM.YYYY`. */
function periodText(cell: unknown, shownText: string, timeZone: string): string {
  if (typeof cell !== 'number') return shownText;
  const date = readDate(cell, timeZone);
  return date.kind === 'ok' ? date.value.split('-').reverse().join('.') : shownText;
}
