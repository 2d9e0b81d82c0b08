import { tabNames } from '../grid/tab-names';
import { cityArea } from '../history/history-row';
import { type HistoryIndicator, historyFigure } from '../indicators/history-indicators';
import type { Snapshot } from '../history/previous-monthly';
import { indicatorLabels } from '../indicators/indicator-labels';
import type { Ratio } from '../indicators/ratio';
import type { Stats } from '../indicators/stats';
import { formatRuDate } from '../dates/format-ru-date';
import type { WindowExecution } from '../indicators/roadmap-execution';
import type { OutputSheet, OutValue } from '../grid/output-sheet';
import { summaryCharts } from './summary-charts';
import { tableSheet } from './table-sheet';

const noDataText = 'нет данных';

/** The ratio rows of each area, in the order shown. */
const shownRatios: readonly HistoryIndicator[] = [
  'completeness',
  'onTime',
  'responsibleAssigned',
  'levels.basic',
  'levels.main',
  'levels.advanced',
  'levels.none',
  'levelConfirmed',
  'coverage',
  'bvbRegistered',
  'diagnostics',
  'trials',
  'trainedAtHigherLevels',
  'roadmapDone',
];

function ratioOf(stats: Stats, indicator: HistoryIndicator): Ratio {
  if (indicator.startsWith('levels.')) {
    const { numerator, denominator } = historyFigure(stats, indicator);
    return {
      numerator,
      denominator,
      value: denominator > 0 ? numerator / denominator : null,
      contributors: denominator,
    };
  }
  return stats[indicator as keyof Stats] as Ratio;
}

/**
 * `Сводка`: the indicators of the city and each district — value, numerator, denominator,
 * organisations counted — and the change since the last monthly snapshot of the previous month.
 *
 * @param areas - the city's and districts' indicators
 * @param previous - the baseline snapshot (`previousMonthly`), or null
 * @param stampLine - the «Сформировано …» line
 * @param execution - the roadmap's execution, for the chart of it
 * @example summarySheet({ city, districts }, null, line).rows[3] // ['Город', 'Сдали отчёт без ошибок', 0.4, 2, 5, 5, null]
 */
export function summarySheet(
  areas: { readonly city: Stats; readonly districts: ReadonlyMap<string, Stats> },
  previous: { readonly date: string; readonly figures: Snapshot } | null,
  stampLine: string,
  execution: readonly WindowExecution[] = [],
): OutputSheet {
  const rows: OutValue[][] = [];
  const boldRows: number[] = [];
  const all: [string, Stats][] = [[cityArea, areas.city], ...areas.districts];
  for (const [area, stats] of all) {
    const before = previous?.figures.get(area);
    boldRows.push(rows.length);
    rows.push([
      area,
      `Организаций: ${stats.expected} (ООО ${stats.expectedByType.ООО}, ДОО ${stats.expectedByType.ДОО}, ОДО ${stats.expectedByType.ОДО})`,
      null,
      null,
      null,
      null,
      null,
    ]);
    for (const indicator of shownRatios) {
      const r = ratioOf(stats, indicator);
      const old = before?.get(indicator);
      const change = r.value !== null && old && old.denominator > 0 ? r.value - old.numerator / old.denominator : null;
      rows.push([
        area,
        indicatorLabels[indicator],
        r.value ?? noDataText,
        r.numerator,
        r.denominator,
        r.contributors,
        change,
      ]);
    }
    const count = (label: string, n: number): OutValue[] => [area, label, n, null, null, null, null];
    rows.push(
      count('С ошибками', stats.withErrors),
      count('Не сдали (лист пуст или отсутствует)', stats.empty + stats.missing),
      count('Просрочено пунктов (организация × срок)', stats.overdue),
      count('Пунктов без определённого срока', stats.noDeadline),
    );
    const t = stats.events.takingPart;
    rows.push([
      area,
      'Участвовали в мероприятиях',
      t.value ?? noDataText,
      t.numerator,
      t.denominator,
      t.contributors,
      null,
    ]);
    rows.push(
      count('Участников мероприятий', stats.events.participants),
      count('Победителей и призёров', stats.events.winners),
      count('Губернаторских инженерных классов', stats.engineering.classes),
      count('Обучающихся в инженерных классах', stats.engineering.pupils),
      count('Школ с инженерными классами', stats.engineering.schools),
    );
  }
  const percentRows = rows.flatMap((row, i) => (typeof row[2] === 'number' && row[3] !== null ? [i] : []));
  const sheet = tableSheet({
    name: tabNames.summary,
    intro: [
      [stampLine],
      [
        previous
          ? `Изменение — с ежемесячного среза ${formatRuDate(previous.date)}, в процентных пунктах`
          : 'Изменение за месяц: нет ежемесячного среза прошлого месяца',
      ],
    ],
    headers: [
      'Территория',
      'Показатель',
      'Значение',
      'Числитель',
      'Знаменатель',
      'Учтено организаций',
      'Изменение за месяц',
    ],
    rows,
    widths: [160, 420, 100, 100, 110, 120, 130],
    wrapColumns: [1],
    boldRows,
    frozenColumns: 2,
  });
  // Percent only where the value is a fraction; counts stay whole numbers.
  const first = 3;
  const charts = summaryCharts(areas, execution, sheet.rows.length + 1);
  return {
    ...sheet,
    rows: [...sheet.rows, [], ...charts.rows],
    format: {
      ...sheet.format,
      bold: [...(sheet.format.bold ?? []), ...charts.bold],
      numberFormats: [
        ...percentRows.map((i) => ({ row: first + i, column: 2, pattern: '0.0%' })),
        { row: first, column: 6, rows: Math.max(1, rows.length), pattern: '+0.0%;-0.0%;0.0%' },
        ...charts.percent,
      ],
      charts: charts.charts,
    },
  };
}
