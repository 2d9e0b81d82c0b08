import type { Thresholds } from '../directory/settings';
import type { Snapshot } from '../history/previous-monthly';
import { type IndicatorKey, indicatorSpec, indicatorsShown, isShare } from '../indicators/indicator-catalogue';
import { indicatorLabel } from '../indicators/indicator-labels';
import type { Stats } from '../indicators/stats';
import type { SummaryJson } from '../outputs/summary-json';
import { formatRuDate } from '../dates/format-ru-date';
import { barChartHtml } from './bar-chart-html';
import { escapeHtml } from './escape-html';
import { formatCount, formatCountFigure, formatPercent } from './format-figure';
import { keyFiguresHtml } from './key-figures-html';
import { noDataReasons, type ShownFigures } from './no-data-reasons';
import { shareNotes } from './share-notes';
import { summaryChartSpecs } from './summary-chart-specs';

export interface ReportMeta {
  readonly generatedAt: { readonly date: string; readonly time: string };
  readonly previous?: { readonly date: string; readonly figures: Snapshot } | null;
  /** The thresholds in force (`Настройки`), for the names that speak of one. */
  readonly thresholds?: Thresholds;
}

/** An indicator's name as the page shows it, with the threshold in force where it speaks of one. */
const labelOf = (key: IndicatorKey, thresholds: Thresholds | undefined) =>
  indicatorLabel(key, thresholds) ?? indicatorSpec(key).label;

/** Below this width the district table becomes one card per district and bars stack. */
const narrow = '600px';

const style = `
@page { size: A4; margin: 15mm; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 13px; line-height: 1.35; color: #222; max-width: 980px; margin: 0 auto; padding: 0 12px 16px; overflow-wrap: break-word; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 20px; margin: 12px 0 4px; } h2 { font-size: 16px; margin: 22px 0 8px; }
.stamp { color: #555; margin-bottom: 12px; }
.key table { max-width: 100%; }
table.districts { border-collapse: collapse; width: 100%; font-size: 11px; }
table.districts th, table.districts td { border: 1px solid #ccc; padding: 3px 4px; text-align: right; }
table.districts td { white-space: nowrap; }
table.districts th:first-child, table.districts td:first-child { text-align: left; }
table.districts th { background: #e8eef7; }
figure.chart { margin: 8px 0 20px; break-inside: avoid; page-break-inside: avoid; }
figure.chart figcaption { font-weight: bold; font-size: 14px; margin-bottom: 6px; }
.bar { display: grid; grid-template-columns: minmax(0, 22em) minmax(0, 1fr) minmax(0, 18em); column-gap: 8px; align-items: center; margin: 3px 0; }
.bar-label { text-align: right; }
.bar-track { display: flex; height: 16px; border: 1px solid #9e9e9e; background: #fff repeating-linear-gradient(to right, transparent 0 calc(25% - 1px), #e0e0e0 calc(25% - 1px) 25%); }
.seg { display: block; height: 100%; }
.bar-text { color: #333; }
.bar.axis { margin-top: 0; }
.ticks { position: relative; height: 1.3em; font-size: 11px; color: #555; }
.ticks span { position: absolute; top: 0; transform: translateX(-50%); white-space: nowrap; }
.ticks span:first-child { transform: none; } .ticks span:last-child { transform: translateX(-100%); }
.axis-caption { margin: 2px 0 6px; color: #555; font-size: 12px; }
.legend { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 12px; }
.swatch { display: inline-block; width: 12px; height: 12px; border: 1px solid #9e9e9e; margin-right: 5px; vertical-align: -2px; }
.notes { color: #444; font-size: 12px; } .notes ul { margin: 4px 0; padding-left: 18px; }
.who { display: block; color: #5f6368; font-size: 10px; }
section { break-inside: avoid; }
@media (max-width: ${narrow}) {
  h1 { font-size: 18px; }
  .key td, .key td span { white-space: normal !important; } .key td { padding: 5px 6px !important; }
  table.districts thead { display: none; }
  table.districts, table.districts tbody, table.districts tr, table.districts th, table.districts td { display: block; width: auto; }
  table.districts tr { border: 1px solid #ccc; margin-bottom: 8px; }
  table.districts td, table.districts th { border: 0; border-bottom: 1px solid #eee; white-space: normal; font-size: 13px; }
  table.districts td:first-child, table.districts th:first-child { background: #e8eef7; font-weight: bold; }
  table.districts td + td::before, table.districts th + th::before { content: attr(data-label); float: left; margin-right: 8px; color: #555; font-weight: normal; text-align: left; }
  .bar { grid-template-columns: minmax(0, 1fr); }
  .bar-label { text-align: left; font-weight: bold; margin-top: 4px; }
  .bar-text { font-size: 12px; }
  .bar.axis .bar-label, .bar.axis .bar-text { display: none; }
}
@media print { body { max-width: none; padding: 0; } h2 { break-after: avoid; } }
`;

/** Short headers of the district table; an indicator without one is headed by its name. */
const districtHeaders: Partial<Record<IndicatorKey, string>> = {
  completeness: 'Сдали без ошибок',
  responsibleAssigned: 'Ответственный назначен, без ошибок',
  coverage: 'Охват 6–11',
  bvbRegistered: '«Билет в будущее»',
  levelConfirmed: 'Уровень подтверждён',
  roadmapDone: 'Исполнение ДК',
  overdue: 'Просрочено',
};

/** A district's value, and under it how many of its organisations were counted when not all were. */
function districtCell(s: Stats, key: IndicatorKey): string {
  const f = s.figures[key];
  const value = indicatorSpec(key).unit === 'share' ? formatPercent(f.value) : formatCountFigure(f);
  const who =
    f.contributors < f.of ? `<span class="who">${formatCount(f.contributors)} из ${formatCount(f.of)}</span>` : '';
  return `${escapeHtml(value)}${who}`;
}

function districtTable(json: SummaryJson, thresholds: Thresholds | undefined): string {
  const keys = indicatorsShown('districtTable');
  const headers = ['Район', 'Организаций', ...keys.map((key) => districtHeaders[key] ?? labelOf(key, thresholds))];
  const rows = [...Object.entries(json.districts), ['Город', json.city] as const].map(([name, s]) => {
    const cells = [escapeHtml(formatCount(s.expected)), ...keys.map((key) => districtCell(s, key))];
    const tag = name === 'Город' ? 'th' : 'td';
    const tail = cells.map((c, i) => `<${tag} data-label="${escapeHtml(headers[i + 1] ?? '')}">${c}</${tag}>`);
    return `<tr><${tag}>${escapeHtml(name)}</${tag}>${tail.join('')}</tr>`;
  });
  return [
    `<table class="districts"><thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`,
    '<p class="notes">Под значением — сколько организаций района учтено из всех, если учтены не все; кто и почему не учтён в городе — в ключевых показателях.</p>',
  ].join('');
}

/** The share figures on the page (key figures and the district table), for the reasons of «нет данных». */
function shownFigures(thresholds: Thresholds | undefined): ShownFigures {
  const districts = new Set(indicatorsShown('districtTable'));
  const keys = [...new Set([...indicatorsShown('keyFigures'), ...districts])];
  return keys
    .filter((key) => indicatorSpec(key).unit === 'share')
    .map((key) => ({ key, label: labelOf(key, thresholds), districts: districts.has(key) }));
}

/** How each share on the page is counted: its parts, from the catalogue. */
function howCounted(thresholds: Thresholds | undefined): string {
  const keys = [...new Set([...indicatorsShown('keyFigures'), ...indicatorsShown('districtTable')])];
  const items = keys.flatMap((key) =>
    isShare(key) ? [`<li>${escapeHtml(`«${labelOf(key, thresholds)}»: ${shareNotes[key].parts}.`)}</li>`] : [],
  );
  return `<p>Как считаются доли:</p><ul>${items.join('')}</ul>`;
}

function notes(json: SummaryJson, thresholds: Thresholds | undefined): string {
  const reasons = noDataReasons(json, shownFigures(thresholds));
  return [
    '<section class="notes"><h2>Примечания</h2>',
    '<p>Показатель = сумма числителей / сумма знаменателей по организациям, которые дали нужные сведения без ошибок; в скобках — числитель и знаменатель, под ними — сколько организаций учтено и почему не учтены остальные.</p>',
    '<p>Знаменатель долей по обучающимся (охват, «Билет в будущее») — обучающиеся 6–11 классов тех ООО, что учтены в этой доле, по ОО-1, где она есть в «Организациях», иначе по отчёту школы. Знаменатели разных долей различаются: школа входит в долю, только если без ошибок указала нужные ей числа (кто не учтён — под каждым показателем).</p>',
    howCounted(thresholds),
    reasons.length > 0
      ? `<p>Почему «нет данных»:</p><ul>${reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`
      : '<p>«Нет данных» в этой сводке нет: у каждого показателя есть значение.</p>',
    '</section>',
  ].join('');
}

/**
 * The summary as a Russian HTML page that reads on a phone (375 px, nothing wider than the
 * screen) and prints on A4: the key figures, the district table (one card per district on a
 * narrow screen), three bar charts on a true 0–100 % scale with labelled axes and a legend for
 * every colour, and notes giving each reason for «нет данных». Aggregated figures only; every
 * text escaped; no script and no external resource.
 *
 * @param json - the summary (`buildOutputs(...).json`)
 * @param meta - when it was made, the monthly baseline and the thresholds in force
 * @example summaryHtml(json, { generatedAt: { date: '2024-02-01', time: '10:15' } }) // '<!doctype html>…'
 */
export function summaryHtml(json: SummaryJson, meta: ReportMeta): string {
  const stamp = `Сформировано ${formatRuDate(meta.generatedAt.date)} ${meta.generatedAt.time} · по состоянию на ${formatRuDate(json.asOf)} · учебный год ${json.schoolYear}`;
  return [
    '<!doctype html>',
    '<html lang="ru"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`Профкарта: сводка на ${formatRuDate(json.asOf)}`)}</title>`,
    `<style>${style}</style></head><body>`,
    '<h1>Профориентация в образовательных организациях города: сводка</h1>',
    `<div class="stamp">${escapeHtml(stamp)}</div>`,
    '<section><h2>Ключевые показатели города</h2>',
    `<div class="key">${keyFiguresHtml(json, meta.previous ?? null, meta.thresholds)}</div>`,
    '</section>',
    '<section><h2>По районам</h2>',
    districtTable(json, meta.thresholds),
    '</section>',
    '<h2>Диаграммы</h2>',
    ...summaryChartSpecs(json).map(barChartHtml),
    notes(json, meta.thresholds),
    '</body></html>',
  ].join('\n');
}
