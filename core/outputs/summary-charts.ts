import { cityArea } from '../history/history-row';
import type { WindowExecution } from '../indicators/roadmap-execution';
import type { Stats } from '../indicators/stats';
import type { CellRange, OutValue, SheetChart } from '../grid/output-sheet';
import { roadmapBarLabel } from './roadmap-bar-label';

/**
 * The data of the three charts of `Сводка` (levels, coverage by district, roadmap execution) as
 * small tables to put under the indicators from row `start`, and the charts over them, anchored
 * right of the indicators (Sheets draws them; the .xlsx shell shows the report's charts as
 * pictures instead, without these tables).
 *
 * @param areas - the city's and districts' indicators
 * @param execution - the roadmap's execution
 * @param start - 0-based row of the tab where the tables begin
 * @param anchorColumn - 0-based column right of the indicators where the charts stand
 * @example summaryCharts(indicators, execution, 60, 9).charts.map((c) => c.type) // ['bar', 'bar', 'stackedBar']
 */
export function summaryCharts(
  areas: { readonly city: Stats; readonly districts: ReadonlyMap<string, Stats> },
  execution: readonly WindowExecution[],
  start: number,
  anchorColumn: number,
) {
  const rows: OutValue[][] = [['Данные диаграмм']];
  const bold: CellRange[] = [{ row: start, column: 0 }];
  const percent: (CellRange & { pattern: string })[] = [];
  const charts: SheetChart[] = [];
  const block = (headers: OutValue[], body: OutValue[][]) => {
    rows.push([]);
    const header = start + rows.length;
    rows.push(headers);
    rows.push(...body);
    bold.push({ row: header, column: 0, columns: headers.length });
    return { firstRow: header, lastRow: header + body.length };
  };
  const { levels } = areas.city;
  const levelBlock = block(
    ['Уровень профминимума', 'ООО'],
    [
      ['базовый', levels.basic],
      ['основной', levels.main],
      ['продвинутый', levels.advanced],
      ['не указан', levels.none],
    ],
  );
  charts.push({
    title: 'ООО по уровню профминимума',
    type: 'bar',
    ...levelBlock,
    domainColumn: 0,
    seriesColumns: [1],
    anchor: { row: 2, column: anchorColumn },
    colours: ['#1565c0'],
  });
  const all: [string, Stats][] = [...areas.districts, [cityArea, areas.city]];
  const coverageBlock = block(
    ['Территория', 'Охват 6–11 классов'],
    all.map(([name, stats]) => [name, stats.coverage.value]),
  );
  percent.push({ row: coverageBlock.firstRow + 1, column: 1, rows: all.length, pattern: '0.0%' });
  charts.push({
    title: 'Охват профминимумом, 6–11 классы, по районам',
    type: 'bar',
    ...coverageBlock,
    domainColumn: 0,
    seriesColumns: [1],
    anchor: { row: 22, column: anchorColumn },
    colours: ['#2e7d32'],
  });
  const reported = execution.filter((e) => e.total > 0 && e.window !== null);
  if (reported.length > 0) {
    const c = (e: WindowExecution) => e.counts;
    const executionBlock = block(
      ['Пункт', 'выполнено в срок', 'с нарушением срока', 'в работе', 'просрочено', 'не наступил срок'],
      reported.map((e) => [
        e.item.windows.length > 1 ? `${roadmapBarLabel(e.item)} (срок ${e.index})` : roadmapBarLabel(e.item),
        c(e).done_on_time,
        c(e).done_late,
        c(e).in_progress,
        c(e).overdue,
        c(e).not_due,
      ]),
    );
    charts.push({
      title: 'Исполнение дорожной карты по пунктам (организации)',
      type: 'stackedBar',
      ...executionBlock,
      domainColumn: 0,
      seriesColumns: [1, 2, 3, 4, 5],
      anchor: { row: 42, column: anchorColumn },
      colours: ['#2e7d32', '#9ccc65', '#fbc02d', '#d32f2f', '#bdbdbd'],
    });
  }
  return { rows, bold, percent, charts };
}
