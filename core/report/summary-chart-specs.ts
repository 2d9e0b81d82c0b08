import type { SummaryJson } from '../outputs/summary-json';
import { roadmapBarLabel } from '../outputs/roadmap-bar-label';
import type { BarChartSpec, BarSegment } from './bar-chart';
import { takingPart } from '../indicators/roadmap-execution';
import { executionText } from './execution-text';
import { formatCount, formatPercent } from './format-figure';

/** The report's colours; the roadmap's follow the status colours of the tabs. */
const chartColours = {
  blue: '#1565c0',
  green: '#2e7d32',
  lightGreen: '#9ccc65',
  yellow: '#fbc02d',
  red: '#d32f2f',
  grey: '#bdbdbd',
} as const;

const statuses = [
  ['done_on_time', 'выполнено в срок', chartColours.green],
  ['done_late', 'выполнено с нарушением срока', chartColours.lightGreen],
  ['in_progress', 'в работе', chartColours.yellow],
  ['overdue', 'просрочено', chartColours.red],
  ['not_due', 'срок не наступил', chartColours.grey],
] as const;

function levelsChart(json: Pick<SummaryJson, 'city'>): BarChartSpec {
  const { basic, main, advanced, none } = json.city.levels;
  const total = basic + main + advanced + none;
  const name = 'доля ООО с этим уровнем';
  const bar = (label: string, n: number) => ({
    label,
    segments: [{ share: total > 0 ? n / total : 0, colour: chartColours.blue, name }],
    text: `${formatCount(n)} (${formatPercent(total > 0 ? n / total : null)})`,
  });
  return {
    title: 'ООО по уровню профминимума',
    axis: `доля ООО города (всего ${formatCount(total)}), %`,
    bars: [bar('базовый', basic), bar('основной', main), bar('продвинутый', advanced), bar('не указан', none)],
    legend: [{ label: name, colour: chartColours.blue }],
  };
}

function coverageChart(json: Pick<SummaryJson, 'city' | 'districts'>): BarChartSpec {
  const areas = [...Object.entries(json.districts), ['Город', json.city] as const];
  return {
    title: 'Охват профминимумом, 6–11 классы',
    axis: 'охвачено обучающихся 6–11 классов, %',
    bars: areas.map(([name, s]) => {
      const city = name === 'Город';
      const colour = city ? chartColours.blue : chartColours.green;
      return {
        label: name,
        segments: [{ share: s.coverage.value ?? 0, colour, name: city ? 'город в целом' : 'район' }],
        text: formatPercent(s.coverage.value),
      };
    }),
    legend: [
      { label: 'район', colour: chartColours.green },
      { label: 'город в целом', colour: chartColours.blue },
    ],
  };
}

function roadmapChart(json: Pick<SummaryJson, 'roadmap' | 'asOf'>): BarChartSpec {
  const reported = json.roadmap.filter((r) => r.total > 0);
  const windows = new Map<string, number>();
  for (const r of reported) windows.set(r.id, (windows.get(r.id) ?? 0) + 1);
  return {
    title: 'Исполнение дорожной карты по пунктам',
    axis: 'доля организаций, участвующих в пункте (отчитываются по нему, кроме ответивших «не участвуем»), %',
    bars: reported.map((r) => {
      // The bar and its text on one base: the organisations that take part.
      const taking = takingPart(r);
      return {
        label: (windows.get(r.id) ?? 0) > 1 ? `${roadmapBarLabel(r)} (срок ${r.window})` : roadmapBarLabel(r),
        segments: statuses.map(
          ([key, name, colour]): BarSegment => ({ share: taking > 0 ? r.counts[key] / taking : 0, colour, name }),
        ),
        text: executionText(r, { start: r.start, end: r.end }, json.asOf),
      };
    }),
    legend: statuses.map(([, label, colour]) => ({ label, colour })),
  };
}

/**
 * The report's three charts as data, every bar on a true 0–100 % scale: ООО by level (share of
 * the city's ООО), coverage by district and for the city, and the roadmap's execution per item
 * window (each bar the organisations that take part in it, split by status, its text on the same
 * base and naming those that do not; items named by number and shortened title).
 *
 * @param json - the summary
 * @example summaryChartSpecs(json).map((c) => c.title) // ['ООО по уровню профминимума', 'Охват профминимумом, 6–11 классы', 'Исполнение дорожной карты по пунктам']
 */
export function summaryChartSpecs(
  json: Pick<SummaryJson, 'asOf' | 'city' | 'districts' | 'roadmap'>,
): readonly [BarChartSpec, BarChartSpec, BarChartSpec] {
  return [levelsChart(json), coverageChart(json), roadmapChart(json)];
}
