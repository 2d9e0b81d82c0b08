import type { CheckReport } from '../check/check-report';
import type { OutputSheet } from '../grid/output-sheet';
import {
  type AppendOnlyTabName,
  appendOnlyTabNames,
  type RebuiltTabName,
  rebuiltTabNames,
  tabNames,
} from '../grid/tab-names';
import type { HistoryRow } from '../history/history-row';
import { historySheet } from '../history/history-sheet';
import { journalSheet } from '../history/journal';
import type { previousMonthly } from '../history/previous-monthly';
import type { Indicators } from '../indicators/compute-indicators';
import { eventFigures } from '../indicators/event-figures';
import type { WindowExecution } from '../indicators/roadmap-execution';
import type { Shell } from '../issues/shell';
import type { Recommendation } from '../recommendations/recommendation';
import { type CellUrl, checkSheet } from './check-sheet';
import { eventsSheet } from './events-sheet';
import { executionSheet } from './execution-sheet';
import { levelsRegistrySheet } from './levels-registry-sheet';
import { ordersRegistrySheet } from './orders-registry-sheet';
import { recommendationsSheet } from './recommendations-sheet';
import { responsibleSheet } from './responsible-sheet';
import { type SummaryCharts, summarySheet } from './summary-sheet';

/** What every rebuilt output tab is made from: one build's figures, computed before anything is written. */
export interface OutputInput {
  readonly report: CheckReport;
  readonly indicators: Indicators;
  readonly execution: readonly WindowExecution[];
  readonly recommendations: ReadonlyMap<string, readonly Recommendation[]>;
  readonly previous: ReturnType<typeof previousMonthly>;
  /** «Сформировано …», the first line of every rebuilt tab. */
  readonly line: string;
  readonly cellUrl?: CellUrl | undefined;
  /** `Сводка`'s charts: Sheets charts over data rows (default), or none (the .xlsx shell adds pictures). */
  readonly charts?: SummaryCharts | undefined;
  /** Where the outputs are read: the messages tell the reader what to do there. */
  readonly shell: Shell;
}

/** A tab and how it is made. */
export interface TabEntry<Name extends string, Input> {
  readonly name: Name;
  readonly build: (input: Input) => OutputSheet;
}

// A `Record` over the names: a name of `grid/tab-names.ts` without a builder does not compile.
const rebuiltBuilders: { readonly [N in RebuiltTabName]: (input: OutputInput) => OutputSheet } = {
  [tabNames.summary]: (i) =>
    summarySheet(i.indicators, i.previous, i.line, i.execution, i.charts, i.report.settings.thresholds),
  [tabNames.check]: (i) => checkSheet(i.report, i.line, i.cellUrl ?? (() => null), i.shell),
  [tabNames.levels]: (i) => levelsRegistrySheet(i.report, i.line, i.indicators),
  [tabNames.responsible]: (i) => responsibleSheet(i.report, i.line),
  [tabNames.orders]: (i) => ordersRegistrySheet(i.report, i.line),
  [tabNames.execution]: (i) => executionSheet(i.execution, i.report.asOf, i.line),
  [tabNames.events]: (i) => eventsSheet(eventFigures(i.report), i.line),
  [tabNames.recommendations]: (i) => recommendationsSheet(i.report, i.recommendations, i.line),
};

const appendOnlyBuilders: { readonly [N in AppendOnlyTabName]: (rows: readonly HistoryRow[]) => OutputSheet } = {
  [tabNames.history]: (rows) => historySheet(rows),
  [tabNames.journal]: () => journalSheet(),
};

/**
 * The output tabs every build rewrites (design §6), as `{ name, build }` in the order they stand in
 * the spreadsheet: `buildOutputs` makes each from the same input.
 *
 * @example outputTabs.map((t) => t.name) // ['Сводка', 'Проверка', …, 'Рекомендации']
 */
export const outputTabs: readonly TabEntry<RebuiltTabName, OutputInput>[] = rebuiltTabNames.map((name) => ({
  name,
  build: rebuiltBuilders[name],
}));

/**
 * The append-only tabs as `{ name, build }`: `build` makes the whole tab from its rows (`История`
 * from history rows; `Журнал` with its header only, lines are appended by the shells).
 *
 * @example appendOnlyTabs.find((t) => t.name === 'История')?.build([]).rows.length // 1
 */
export const appendOnlyTabs: readonly TabEntry<AppendOnlyTabName, readonly HistoryRow[]>[] = appendOnlyTabNames.map(
  (name) => ({ name, build: appendOnlyBuilders[name] }),
);
