import { fittingWidth } from '../grid/text-width';
import { tabNames } from '../grid/tab-names';
import { cityArea } from '../history/history-row';
import { type HistoryIndicator, historyFigure } from '../indicators/history-indicators';
import type { Snapshot } from '../history/previous-monthly';
import { indicatorLabels } from '../indicators/indicator-labels';
import type { Ratio } from '../indicators/ratio';
import type { WindowExecution } from '../indicators/roadmap-execution';
import type { Stats } from '../indicators/stats';
import { formatRuDate } from '../dates/format-ru-date';
import type { CellRange, OutputSheet, OutValue } from '../grid/output-sheet';
import { summaryCharts } from './summary-charts';

const noDataText = 'нет данных';

/** The ratio rows, in the order shown. */
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

/** One line of both tables: a figure (with its parts) or a count. */
type Line =
  | { readonly label: string; readonly ratio: (s: Stats) => Ratio; readonly key?: HistoryIndicator }
  | { readonly label: string; readonly count: (s: Stats) => number };

const lines: readonly Line[] = [
  ...shownRatios.map((key) => ({ label: indicatorLabels[key], ratio: (s: Stats) => ratioOf(s, key), key })),
  { label: 'С ошибками', count: (s) => s.withErrors },
  { label: 'Не сдали (лист пуст или отсутствует)', count: (s) => s.empty + s.missing },
  { label: 'Просрочено пунктов (организация × срок)', count: (s) => s.overdue },
  { label: 'Пунктов без определённого срока', count: (s) => s.noDeadline },
  { label: 'Участвовали в мероприятиях', ratio: (s) => s.events.takingPart },
  { label: 'Участников мероприятий', count: (s) => s.events.participants },
  { label: 'Победителей и призёров', count: (s) => s.events.winners },
  { label: 'Губернаторских инженерных классов', count: (s) => s.engineering.classes },
  { label: 'Обучающихся в инженерных классах', count: (s) => s.engineering.pupils },
  { label: 'Школ с инженерными классами', count: (s) => s.engineering.schools },
];

/** Width of the labels' column; the labels wrap. */
const labelWidth = 280;

/** How the tab carries its charts: over data rows of its own (Sheets), or not at all (the .xlsx shell adds pictures). */
export type SummaryCharts = 'sheets' | 'none';

/**
 * `Сводка`: the city's indicators — value, numerator, denominator, organisations counted and
 * the change since the last monthly snapshot of the previous month — then one column per
 * district with its values, so the tab prints on a few landscape pages. With `charts` =
 * `sheets`, the data of three charts follows, with the charts (Sheets) drawn from it.
 *
 * @param areas - the city's and districts' indicators
 * @param previous - the baseline snapshot (`previousMonthly`), or null
 * @param stampLine - the «Сформировано …» line
 * @param execution - the roadmap's execution, for the chart of it
 * @param charts - `sheets` (default) or `none`
 * @example summarySheet({ city, districts }, null, line).rows[4] // ['Сдали отчёт без ошибок', 0.4, 2, 5, 5, null]
 */
export function summarySheet(
  areas: { readonly city: Stats; readonly districts: ReadonlyMap<string, Stats> },
  previous: { readonly date: string; readonly figures: Snapshot } | null,
  stampLine: string,
  execution: readonly WindowExecution[] = [],
  charts: SummaryCharts = 'sheets',
): OutputSheet {
  const districts = [...areas.districts];
  const valueColumns = Math.max(5, districts.length);
  const valueWidth = Math.min(
    160,
    Math.max(
      96,
      fittingWidth(
        districts.map(([name]) => name),
        true,
      ),
    ),
  );
  const city = areas.city;
  const before = previous?.figures.get(cityArea);
  const rows: OutValue[][] = [
    [stampLine],
    [
      previous
        ? `Изменение — с ежемесячного среза ${formatRuDate(previous.date)}, в процентных пунктах`
        : 'Изменение за месяц: нет ежемесячного среза прошлого месяца',
    ],
  ];
  const bold: CellRange[] = [];
  const percent: CellRange[] = [];
  const header = (cells: OutValue[]) => {
    bold.push({ row: rows.length, column: 0, columns: cells.length });
    rows.push(cells);
    return rows.length - 1;
  };

  const cityHeader = header([
    cityArea,
    'Значение',
    'Числитель',
    'Знаменатель',
    'Учтено организаций',
    'Изменение за месяц',
  ]);
  rows.push([
    `Организаций (ООО ${city.expectedByType.ООО}, ДОО ${city.expectedByType.ДОО}, ОДО ${city.expectedByType.ОДО})`,
    city.expected,
  ]);
  for (const line of lines) {
    if ('count' in line) {
      rows.push([line.label, line.count(city)]);
      continue;
    }
    const r = line.ratio(city);
    const old = line.key ? before?.get(line.key) : undefined;
    const change = r.value !== null && old && old.denominator > 0 ? r.value - old.numerator / old.denominator : null;
    if (r.value !== null) percent.push({ row: rows.length, column: 1 });
    rows.push([line.label, r.value ?? noDataText, r.numerator, r.denominator, r.contributors, change]);
  }
  const cityLast = rows.length - 1;

  rows.push([]);
  const districtHeader = header(['По районам', ...districts.map(([name]) => name)]);
  rows.push(['Организаций', ...districts.map(([, s]) => s.expected)]);
  for (const line of lines) {
    if ('ratio' in line) percent.push({ row: rows.length, column: 1, columns: districts.length });
    rows.push([
      line.label,
      ...districts.map(([, s]) => ('count' in line ? line.count(s) : (line.ratio(s).value ?? noDataText))),
    ]);
  }
  const last = rows.length - 1;
  const width = valueColumns + 1;
  const tables = {
    name: tabNames.summary,
    rows,
    format: {
      frozenRows: 2,
      frozenColumns: 1,
      columnWidths: [labelWidth, ...Array.from({ length: valueColumns }, () => valueWidth)],
      bold,
      italic: [{ row: 0, column: 0 }],
      wrap: [
        { row: cityHeader, column: 0, columns: width },
        { row: districtHeader, column: 0, columns: width },
        { row: cityHeader + 1, column: 0, rows: last - cityHeader },
      ],
      fills: [
        { row: cityHeader, column: 0, columns: 6, fill: 'header' as const },
        { row: districtHeader, column: 0, columns: districts.length + 1, fill: 'header' as const },
      ],
      numberFormats: [
        ...percent.map((r) => ({ ...r, pattern: '0.0%' })),
        { row: cityHeader + 1, column: 5, rows: cityLast - cityHeader, pattern: '+0.0%;-0.0%;0.0%' },
      ],
      // Only the stamp repeats: the two tables have headers of their own, each on its page.
      print: { orientation: 'landscape' as const, repeatRows: { row: 0, rows: 1 }, pageBreaks: [districtHeader] },
    },
  } satisfies OutputSheet;
  if (charts === 'none') return tables;
  const data = summaryCharts(areas, execution, rows.length + 1, width + 1);
  return {
    ...tables,
    rows: [...rows, [], ...data.rows],
    format: {
      ...tables.format,
      bold: [...bold, ...data.bold],
      numberFormats: [...tables.format.numberFormats, ...data.percent],
      charts: data.charts,
    },
  };
}
