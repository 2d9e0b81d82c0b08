import type { CheckReport } from '../check/check-report';
import type { IsoDate } from '../dates/iso-date';
import type { OrgState } from '../directory/org-state';
import type { HistoryRow } from '../history/history-row';
import { historyRows } from '../history/history-rows';
import { nextState } from '../history/next-state';
import { previousMonthly } from '../history/previous-monthly';
import { computeIndicators, type Indicators } from '../indicators/compute-indicators';
import { roadmapExecution, type WindowExecution } from '../indicators/roadmap-execution';
import { type SummaryJson, summaryJson } from './summary-json';
import type { Recommendation } from '../recommendations/recommendation';
import { recommendAll } from '../recommendations/recommend-all';
import type { CellUrl } from './check-sheet';
import type { Shell } from '../issues/shell';
import { generatedLine } from './generated-line';
import { outputTabs } from './output-tabs';
import type { OutputSheet } from '../grid/output-sheet';
import type { SummaryCharts } from './summary-sheet';

export interface BuildContext {
  /** When the build runs, in the spreadsheet's zone (`HH:MM`). */
  readonly generatedAt: { readonly date: IsoDate; readonly time: string };
  /** `История` as read (`readHistory`): the baseline of the monthly change. */
  readonly history: readonly HistoryRow[];
  /** `monthly` for the monthly job's snapshot, else `build`. */
  readonly kind: HistoryRow['kind'];
  /** A link to a cell (`#gid=…&range=B14`); absent or null: plain text. */
  readonly cellUrl?: CellUrl;
  /** `Сводка`'s charts: Sheets charts over data rows (default), or none (the .xlsx shell adds pictures). */
  readonly charts?: SummaryCharts;
  /** Where the outputs are read: the messages tell the reader what to do there. */
  readonly shell: Shell;
}

/** Everything a build writes, computed in memory before anything is written. */
export interface BuildOutputs {
  /** The rebuilt tabs, in the order they stand in the spreadsheet (`outputTabs`). */
  readonly sheets: readonly OutputSheet[];
  /** Rows to append to `История`. */
  readonly historyAppend: readonly HistoryRow[];
  /** `Состояние` after this build (write with `stateSheet`). */
  readonly state: readonly OrgState[];
  readonly json: SummaryJson;
  /** By organisation code, for section 7 of each tab. */
  readonly recommendations: ReadonlyMap<string, readonly Recommendation[]>;
  readonly indicators: Indicators;
  readonly execution: readonly WindowExecution[];
  /** The baseline of the monthly change, for the report and the email. */
  readonly previous: ReturnType<typeof previousMonthly>;
}

/**
 * The one entry point of «Собрать сводку» for the add-on and the CLI: indicators, roadmap
 * execution, recommendations, every output tab, the rows to append to `История` and the next
 * `Состояние`. Pure: nothing is written.
 *
 * @param report - the check (`checkWorkbook`)
 * @param ctx - time of the build, history, kind, cell links
 * @example buildOutputs(report, { generatedAt: { date: '2024-02-01', time: '10:15' }, history: [], kind: 'build' }).sheets.map((s) => s.name)
 * // ['Сводка', 'Проверка', 'Реестр уровней', 'Ответственные', 'Реестр приказов', 'Исполнение ДК', 'Мероприятия', 'Рекомендации']
 */
export function buildOutputs(report: CheckReport, ctx: BuildContext): BuildOutputs {
  const state = nextState(report);
  const firstSubmitted = new Map(state.map((s) => [s.code, s.firstSubmitted]));
  const indicators = computeIndicators(report, firstSubmitted);
  const execution = roadmapExecution(report.roadmap, indicators.pairs, report.asOf);
  const recommendations = recommendAll(report, indicators);
  const previous = previousMonthly(ctx.history, report.asOf);
  const line = generatedLine({
    generatedAt: ctx.generatedAt,
    asOf: report.asOf,
    schoolYear: report.settings.schoolYear,
  });
  const sheets = outputTabs.map((tab) =>
    tab.build({
      report,
      indicators,
      execution,
      recommendations,
      previous,
      line,
      cellUrl: ctx.cellUrl,
      charts: ctx.charts,
      shell: ctx.shell,
    }),
  );
  return {
    sheets,
    historyAppend: historyRows(indicators, report.asOf, ctx.kind),
    state,
    json: summaryJson(report, indicators, execution, recommendations),
    recommendations,
    indicators,
    execution,
    previous,
  };
}
