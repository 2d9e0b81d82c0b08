import { axisTicks, type BarChartSpec, cssPercent, tickText } from './bar-chart';
import { escapeHtml } from './escape-html';
import { formatPercent } from './format-figure';

/**
 * A bar chart as HTML and CSS (the classes are styled by `summaryHtml`): each bar a row of
 * label, framed 0–100 % track and text, which stack on a narrow screen; the scale's marks and
 * caption under the bars; a legend naming every colour. Segment widths are percentages of the
 * track, so the bars stay true at any width and in print. Every text escaped.
 *
 * @param spec - the chart
 * @example barChartHtml(spec) // '<figure class="chart">…<span class="seg" data-share="0.5" style="width:50%;background:#2e7d32" …'
 */
export function barChartHtml(spec: BarChartSpec): string {
  const bars = spec.bars.map((bar) => {
    const segments = bar.segments
      .filter((s) => s.share > 0)
      .map(
        (s) =>
          `<span class="seg" data-share="${Math.min(1, Math.max(0, s.share))}" style="width:${cssPercent(s.share)};background:${s.colour}" title="${escapeHtml(`${s.name}: ${formatPercent(s.share)}`)}"></span>`,
      )
      .join('');
    return `<div class="bar"><span class="bar-label">${escapeHtml(bar.label)}</span><span class="bar-track">${segments}</span><span class="bar-text">${escapeHtml(bar.text)}</span></div>`;
  });
  const ticks = axisTicks.map((t) => `<span style="left:${cssPercent(t)}">${tickText(t)}</span>`).join('');
  const legend = spec.legend
    .map((e) => `<li><span class="swatch" style="background:${e.colour}"></span>${escapeHtml(e.label)}</li>`)
    .join('');
  return [
    '<figure class="chart">',
    `<figcaption>${escapeHtml(spec.title)}</figcaption>`,
    `<div class="bars">${bars.join('')}`,
    `<div class="bar axis" aria-hidden="true"><span class="bar-label"></span><span class="ticks">${ticks}</span><span class="bar-text"></span></div></div>`,
    `<p class="axis-caption">Шкала: ${escapeHtml(spec.axis)}</p>`,
    `<ul class="legend">${legend}</ul>`,
    '</figure>',
  ].join('');
}
