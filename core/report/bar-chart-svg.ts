import { textWidth } from '../grid/text-width';
import { axisTicks, type BarChartSpec, tickText } from './bar-chart';
import { escapeHtml } from './escape-html';
import { formatPercent } from './format-figure';

const fontSize = 12;
/** `textWidth` measures at 10 pt (13.3 px); the chart writes at 12 px. */
const scale = fontSize / 13.33;
const px = (text: string) => Math.ceil(textWidth(text) * scale * 1.05);
const titleHeight = 28;
const barHeight = 14;
const rowHeight = 22;
const legendRow = 20;
const fonts = `Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif`;
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A bar chart as a self-contained SVG of the given width: the title, each bar's label left of a
 * framed 0–100 % track with grid lines at every quarter, the text after it, the scale's marks
 * and caption under the bars, and the legend. No script, no external resource, every text
 * escaped. The .xlsx `Сводка` shows it as a picture.
 *
 * @param spec - the chart
 * @param width - the picture's width in pixels
 * @example barChartSvg(spec, 640).height // 208
 */
export function barChartSvg(spec: BarChartSpec, width: number): { svg: string; width: number; height: number } {
  const labelWidth = Math.min(Math.round(width * 0.42), Math.max(40, ...spec.bars.map((b) => px(b.label))) + 10);
  const textRoom = Math.min(Math.round(width * 0.34), Math.max(40, ...spec.bars.map((b) => px(b.text))) + 10);
  const plot = Math.max(60, width - labelWidth - textRoom);
  const barsEnd = titleHeight + spec.bars.length * rowHeight;
  const parts: string[] = [`<text x="0" y="17" font-size="14" font-weight="bold">${escapeHtml(spec.title)}</text>`];
  for (const tick of axisTicks) {
    const x = round(labelWidth + plot * tick);
    parts.push(`<line x1="${x}" y1="${titleHeight - 3}" x2="${x}" y2="${barsEnd}" stroke="#e0e0e0"/>`);
  }
  spec.bars.forEach((bar, i) => {
    const y = titleHeight + i * rowHeight;
    const middle = y + barHeight / 2 + 4;
    parts.push(`<text x="${labelWidth - 6}" y="${middle}" text-anchor="end">${escapeHtml(bar.label)}</text>`);
    parts.push(
      `<rect x="${labelWidth}" y="${y}" width="${plot}" height="${barHeight}" fill="#ffffff" stroke="#9e9e9e"/>`,
    );
    let x = labelWidth;
    for (const segment of bar.segments) {
      const w = plot * Math.min(1, Math.max(0, segment.share));
      if (w > 0) {
        parts.push(
          `<rect x="${round(x)}" y="${y}" width="${round(w)}" height="${barHeight}" fill="${segment.colour}"><title>${escapeHtml(`${segment.name}: ${formatPercent(segment.share)}`)}</title></rect>`,
        );
      }
      x += w;
    }
    parts.push(`<text x="${labelWidth + plot + 6}" y="${middle}">${escapeHtml(bar.text)}</text>`);
  });
  for (const tick of axisTicks) {
    const anchor = tick === 0 ? 'start' : tick === 1 ? 'end' : 'middle';
    const x = round(labelWidth + plot * tick);
    parts.push(`<text x="${x}" y="${barsEnd + 14}" text-anchor="${anchor}" font-size="11">${tickText(tick)}</text>`);
  }
  parts.push(
    `<text x="${labelWidth}" y="${barsEnd + 30}" font-size="11" fill="#555555">${escapeHtml(`Шкала: ${spec.axis}`)}</text>`,
  );
  let x = 0;
  let y = barsEnd + 42;
  for (const entry of spec.legend) {
    const room = 17 + px(entry.label) + 18;
    if (x > 0 && x + room > width) {
      x = 0;
      y += legendRow;
    }
    parts.push(`<rect x="${x}" y="${y}" width="12" height="12" fill="${entry.colour}" stroke="#9e9e9e"/>`);
    parts.push(`<text x="${x + 17}" y="${y + 10}">${escapeHtml(entry.label)}</text>`);
    x += room;
  }
  const height = y + legendRow;
  return {
    svg: [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(spec.title)}" font-family="${fonts}" font-size="${fontSize}" fill="#222222">`,
      `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
      ...parts,
      '</svg>',
    ].join(''),
    width,
    height,
  };
}
