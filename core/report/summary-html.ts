import type { Snapshot } from '../history/previous-monthly';
import type { SummaryJson } from '../outputs/summary-json';
import { formatRuDate } from '../dates/format-ru-date';
import { escapeHtml } from './escape-html';
import { formatCount, formatPercent } from './format-figure';
import { keyFiguresHtml } from './key-figures-html';
import { barChart } from './svg-charts';

export interface ReportMeta {
  readonly generatedAt: { readonly date: string; readonly time: string };
  readonly previous?: { readonly date: string; readonly figures: Snapshot } | null;
}

const colours = {
  green: '#2e7d32',
  lightGreen: '#9ccc65',
  yellow: '#fbc02d',
  red: '#d32f2f',
  grey: '#bdbdbd',
  blue: '#1565c0',
  violet: '#6a1b9a',
};

const style = `
@page { size: A4; margin: 15mm; }
body { font-family: Arial, sans-serif; font-size: 13px; color: #222; max-width: 190mm; margin: 0 auto; }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 22px 0 8px; }
.stamp { color: #555; margin-bottom: 12px; }
table.districts { border-collapse: collapse; width: 100%; font-size: 11px; }
table.districts th, table.districts td { border: 1px solid #ccc; padding: 3px 5px; text-align: right; }
table.districts td { white-space: nowrap; }
table.districts th:first-child, table.districts td:first-child { text-align: left; }
table.districts th { background: #e8eef7; }
figure { margin: 8px 0 16px; page-break-inside: avoid; break-inside: avoid; }
section { break-inside: avoid; }
@media print { h2 { break-after: avoid; } }
`;

function districtTable(json: SummaryJson): string {
  const headers = [
    'Район',
    'Организаций',
    'Сдали без ошибок',
    'Ответственный назначен',
    'Охват 6–11',
    '«Билет в будущее»',
    'Уровень подтверждён',
    'Исполнение ДК',
    'Просрочено',
  ];
  const rows = [...Object.entries(json.districts), ['Город', json.city] as const].map(([name, s]) => {
    const cells = [
      formatCount(s.expected),
      formatPercent(s.completeness.value),
      formatPercent(s.responsibleAssigned.value),
      formatPercent(s.coverage.value),
      formatPercent(s.bvbRegistered.value),
      formatPercent(s.levelConfirmed.value),
      formatPercent(s.roadmapDone.value),
      formatCount(s.overdue),
    ];
    const tag = name === 'Город' ? 'th' : 'td';
    return `<tr><${tag}>${escapeHtml(name)}</${tag}>${cells.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
  });
  return `<table class="districts"><thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function levelsChart(json: SummaryJson): string {
  const { basic, main, advanced, none } = json.city.levels;
  const total = basic + main + advanced + none;
  const bar = (label: string, n: number, colour: string) => ({
    label,
    segments: [{ value: n, colour }],
    text: `${n} (${formatPercent(total > 0 ? n / total : null)})`,
  });
  return barChart({
    title: 'ООО по уровню профминимума',
    bars: [
      bar('базовый', basic, colours.blue),
      bar('основной', main, colours.green),
      bar('продвинутый', advanced, colours.violet),
      bar('не указан', none, colours.grey),
    ],
  });
}

function coverageChart(json: SummaryJson): string {
  const bars = [...Object.entries(json.districts), ['Город', json.city] as const].map(([name, s]) => ({
    label: name,
    segments: [{ value: s.coverage.value ?? 0, colour: name === 'Город' ? colours.blue : colours.green }],
    text: formatPercent(s.coverage.value),
  }));
  return barChart({ title: 'Охват профминимумом, 6–11 классы, по районам', bars, max: 1 });
}

function roadmapChart(json: SummaryJson): string {
  const bars = json.roadmap
    .filter((r) => r.total > 0)
    .map((r) => {
      const c = r.counts;
      const done = c.done_on_time + c.done_late;
      const counted = r.total - c.not_participating;
      // An open window's early completions are not a share of anything due yet.
      const text =
        r.end < json.asOf
          ? `${formatPercent(counted > 0 ? done / counted : null)} выполн.`
          : r.start > json.asOf
            ? 'срок не наступил'
            : `идёт: ${done} из ${counted}`;
      return {
        label: `п. ${r.id}${json.roadmap.filter((x) => x.id === r.id).length > 1 ? `/${r.window}` : ''}`,
        segments: [
          { value: c.done_on_time, colour: colours.green },
          { value: c.done_late, colour: colours.lightGreen },
          { value: c.in_progress, colour: colours.yellow },
          { value: c.overdue, colour: colours.red },
          { value: c.not_due + c.not_participating, colour: colours.grey },
        ],
        text,
      };
    });
  return barChart({
    title: 'Исполнение дорожной карты по пунктам (организации)',
    bars,
    legend: [
      { label: 'выполнено в срок', colour: colours.green },
      { label: 'с нарушением срока', colour: colours.lightGreen },
      { label: 'в работе', colour: colours.yellow },
      { label: 'просрочено', colour: colours.red },
      { label: 'не наступил срок / не участвуют', colour: colours.grey },
    ],
  });
}

/**
 * The summary as a print-friendly Russian HTML page (A4): the key figures, the district table,
 * and SVG charts of levels, coverage by district and roadmap execution. Aggregated figures only;
 * every text escaped; no script and no external resource.
 *
 * @param json - the summary (`buildOutputs(...).json`)
 * @param meta - when it was made, and the monthly baseline
 * @example summaryHtml(json, { generatedAt: { date: '2024-02-01', time: '10:15' } }) // '<!doctype html>…'
 */
export function summaryHtml(json: SummaryJson, meta: ReportMeta): string {
  const stamp = `Сформировано ${formatRuDate(meta.generatedAt.date)} ${meta.generatedAt.time} · по состоянию на ${formatRuDate(json.asOf)} · учебный год ${json.schoolYear}`;
  return [
    '<!doctype html>',
    '<html lang="ru"><head><meta charset="utf-8">',
    `<title>${escapeHtml(`Профкарта: сводка на ${formatRuDate(json.asOf)}`)}</title>`,
    `<style>${style}</style></head><body>`,
    '<h1>Профориентация в образовательных организациях города: сводка</h1>',
    `<div class="stamp">${escapeHtml(stamp)}</div>`,
    '<section><h2>Ключевые показатели города</h2>',
    keyFiguresHtml(json, meta.previous ?? null),
    '</section>',
    '<section><h2>По районам</h2>',
    districtTable(json),
    '</section>',
    '<h2>Диаграммы</h2>',
    `<figure>${levelsChart(json)}</figure>`,
    `<figure>${coverageChart(json)}</figure>`,
    `<figure>${roadmapChart(json)}</figure>`,
    '<p class="stamp">Показатель = сумма числителей / сумма знаменателей по организациям; «нет данных» — ни одна организация не дала нужных сведений без ошибок.</p>',
    '</body></html>',
  ].join('\n');
}
