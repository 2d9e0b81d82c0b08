import { formatRuDate } from '../dates/format-ru-date';
import type { CellRange, OutputSheet, OutValue } from '../grid/output-sheet';
import { tabNames } from '../grid/tab-names';
import { fittingWidth } from '../grid/text-width';
import { cityArea } from '../history/history-row';
import type { Snapshot } from '../history/previous-monthly';
import type { Thresholds } from '../directory/settings';
import { countedText, notCountedPhrase, oo1Phrase, unmetPhrase } from '../indicators/counted-text';
import type { Figure } from '../indicators/figure';
import { type IndicatorKey, indicatorSpec, indicatorsShown } from '../indicators/indicator-catalogue';
import { indicatorLabel } from '../indicators/indicator-labels';
import type { WindowExecution } from '../indicators/roadmap-execution';
import type { Stats } from '../indicators/stats';
import { summaryCharts } from './summary-charts';

const noDataText = 'нет данных';

/** Width of the labels' column; the labels wrap. */
const labelWidth = 280;
/** The city table's columns before «who was not counted», which spans the rest of the width. */
const cityColumns = 6;
/** At least this wide in all for «who was not counted». */
const reasonsWidth = 300;

// The changes keep two spaces on their right, so they do not run into the reasons' text beside.
const shareChange = '+0.0%"  ";-0.0%"  ";0.0%"  "';
const countChange = '+0"  ";-0"  ";0"  "';

/** How the tab carries its charts: over data rows of its own (Sheets), or not at all (the .xlsx shell adds pictures). */
export type SummaryCharts = 'sheets' | 'none';

/** Why the organisations a figure left out were not counted, why some counted are not in its numerator, and how ОО-1 entered it. */
function whyText(stats: Stats, key: IndicatorKey): string {
  const figure = stats.figures[key];
  const spec = indicatorSpec(key);
  return [notCountedPhrase(figure, spec), unmetPhrase(figure, spec), oo1Phrase(figure)].filter(Boolean).join('; ');
}

/** A figure's value as the tab shows it: a share, or a count; «нет данных» when no organisation entered it (design §6), a count as much as a share. */
function shownValue(f: Figure, unit: 'share' | 'count'): OutValue {
  if (f.contributors === 0) return noDataText;
  return unit === 'count' ? f.numerator : (f.value ?? noDataText);
}

/** Whether a district's value needs a note: not every organisation counted, or some counted said why they are not in the numerator. */
function needsNote(f: Figure): boolean {
  return f.contributors < f.of || Object.values(f.unmet ?? {}).some((n) => (n ?? 0) > 0);
}

/**
 * `Сводка`: the city's indicators — value, numerator, denominator, organisations counted, the
 * change since the last monthly snapshot of the previous month, and why the others were not
 * counted (with how the pupil figures used ОО-1) — then one column per district with its values,
 * each value with a note when not every organisation of the district was counted, so the tab
 * prints on a few landscape pages. The lines are the catalogue's indicators shown at `summary`.
 * With `charts` = `sheets`, the data of three charts follows, with the charts (Sheets) drawn from it.
 *
 * @param areas - the city's and districts' indicators
 * @param previous - the baseline snapshot (`previousMonthly`), or null
 * @param stampLine - the «Сформировано …» line
 * @param execution - the roadmap's execution, for the chart of it
 * @param charts - `sheets` (default) or `none`
 * @param thresholds - the thresholds in force, for the names that speak of one (without them, no number is named)
 * @example summarySheet({ city, districts }, null, line).rows[4] // ['Сдали отчёт без ошибок', 0.4, 2, 5, 5, null, '']
 */
export function summarySheet(
  areas: { readonly city: Stats; readonly districts: ReadonlyMap<string, Stats> },
  previous: { readonly date: string; readonly figures: Snapshot } | null,
  stampLine: string,
  execution: readonly WindowExecution[] = [],
  charts: SummaryCharts = 'sheets',
  thresholds?: Thresholds,
): OutputSheet {
  const keys = indicatorsShown('summary');
  const label = (key: IndicatorKey) => indicatorLabel(key, thresholds) ?? indicatorSpec(key).label;
  const districts = [...areas.districts];
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
  // The reasons take the columns right of the city's figures, at least `reasonsWidth` wide.
  const reasonColumns = Math.max(1, Math.ceil(reasonsWidth / valueWidth), districts.length + 1 - cityColumns);
  const width = cityColumns + reasonColumns;
  const city = areas.city;
  const before = previous?.figures.get(cityArea);
  const rows: OutValue[][] = [
    [stampLine],
    [
      previous
        ? `Изменение — с ежемесячного среза ${formatRuDate(previous.date)}: доли — в процентных пунктах, числа — в штуках`
        : 'Изменение за месяц: нет ежемесячного среза прошлого месяца',
    ],
  ];
  const bold: CellRange[] = [];
  const percent: CellRange[] = [];
  const numberFormats: (CellRange & { pattern: string })[] = [];
  const merges: CellRange[] = [];
  const notes: { row: number; column: number; text: string }[] = [];
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
    'Кто не учтён и почему; ОО-1',
  ]);
  merges.push({ row: cityHeader, column: cityColumns, columns: reasonColumns });
  rows.push([
    `Организаций (ООО ${city.expectedByType.ООО}, ДОО ${city.expectedByType.ДОО}, ОДО ${city.expectedByType.ОДО})`,
    city.expected,
  ]);
  for (const key of keys) {
    const spec = indicatorSpec(key);
    const f = city.figures[key];
    const old = before?.get(key);
    const row = rows.length;
    merges.push({ row, column: cityColumns, columns: reasonColumns });
    if (spec.unit === 'count') {
      const change = old && f.contributors > 0 ? f.numerator - old.numerator : null;
      if (change !== null) numberFormats.push({ row, column: 5, pattern: countChange });
      rows.push([label(key), shownValue(f, 'count'), null, null, f.contributors, change, whyText(city, key)]);
      continue;
    }
    const change = f.value !== null && old && old.denominator > 0 ? f.value - old.numerator / old.denominator : null;
    if (f.value !== null) percent.push({ row, column: 1 });
    if (change !== null) numberFormats.push({ row, column: 5, pattern: shareChange });
    rows.push([
      label(key),
      f.value ?? noDataText,
      f.numerator,
      f.denominator,
      f.contributors,
      change,
      whyText(city, key),
    ]);
  }
  const cityLast = rows.length - 1;

  rows.push([]);
  const districtHeader = header(['По районам', ...districts.map(([name]) => name)]);
  rows.push(['Организаций', ...districts.map(([, s]) => s.expected)]);
  for (const key of keys) {
    const spec = indicatorSpec(key);
    const row = rows.length;
    if (spec.unit === 'share') percent.push({ row, column: 1, columns: districts.length });
    districts.forEach(([, s], i) => {
      const f = s.figures[key];
      if (needsNote(f)) notes.push({ row, column: i + 1, text: countedText(f, spec) });
    });
    rows.push([label(key), ...districts.map(([, s]) => shownValue(s.figures[key], spec.unit))]);
  }
  const last = rows.length - 1;
  const tables = {
    name: tabNames.summary,
    rows,
    format: {
      frozenRows: 2,
      frozenColumns: 1,
      columnWidths: [labelWidth, ...Array.from({ length: width - 1 }, () => valueWidth)],
      bold,
      italic: [{ row: 0, column: 0 }],
      wrap: [
        { row: cityHeader, column: 0, columns: width },
        { row: districtHeader, column: 0, columns: width },
        { row: cityHeader + 1, column: 0, rows: last - cityHeader },
        { row: cityHeader + 1, column: cityColumns, rows: cityLast - cityHeader },
      ],
      fills: [
        { row: cityHeader, column: 0, columns: width, fill: 'header' as const },
        { row: districtHeader, column: 0, columns: districts.length + 1, fill: 'header' as const },
      ],
      numberFormats: [...percent.map((r) => ({ ...r, pattern: '0.0%' })), ...numberFormats],
      merges,
      notes,
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
