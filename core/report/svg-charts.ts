import { escapeHtml } from './escape-html';

/** One bar: its label, its segments (value and colour) and the text at its end. */
export interface Bar {
  readonly label: string;
  readonly segments: readonly { readonly value: number; readonly colour: string }[];
  readonly text: string;
}

export interface BarChartSpec {
  readonly title: string;
  readonly bars: readonly Bar[];
  /** The full length of a bar; default the longest bar's total. */
  readonly max?: number;
  /** Legend entries under the chart. */
  readonly legend?: readonly { readonly label: string; readonly colour: string }[];
}

const width = 640;
const labelWidth = 190;
const textWidth = 110;
const barHeight = 18;
const gap = 8;
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A horizontal (stacked) bar chart as an SVG element: no script, no external resource, every
 * label escaped. Used for levels, coverage by district and roadmap execution.
 *
 * @param spec - title, bars, scale and legend
 * @example barChart({ title: 'Охват', bars: [{ label: 'Ленинский', segments: [{ value: 0.8, colour: '#2e7d32' }], text: '80 %' }], max: 1 })
 */
export function barChart(spec: BarChartSpec): string {
  const max = spec.max ?? Math.max(1, ...spec.bars.map((b) => b.segments.reduce((n, s) => n + s.value, 0)));
  const plot = width - labelWidth - textWidth;
  const top = 28;
  const legendRows = spec.legend && spec.legend.length > 0 ? Math.ceil(spec.legend.length / 3) : 0;
  const height = top + spec.bars.length * (barHeight + gap) + legendRows * 20 + 8;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(spec.title)}" font-family="Arial, sans-serif" font-size="12">`,
    `<text x="0" y="16" font-size="14" font-weight="bold">${escapeHtml(spec.title)}</text>`,
  ];
  spec.bars.forEach((bar, i) => {
    const y = top + i * (barHeight + gap);
    parts.push(`<text x="${labelWidth - 6}" y="${y + 13}" text-anchor="end">${escapeHtml(bar.label)}</text>`);
    parts.push(`<rect x="${labelWidth}" y="${y}" width="${plot}" height="${barHeight}" fill="#f0f0f0"/>`);
    let x = labelWidth;
    for (const segment of bar.segments) {
      const w = max > 0 ? (Math.max(0, segment.value) / max) * plot : 0;
      if (w > 0)
        parts.push(
          `<rect x="${round(x)}" y="${y}" width="${round(w)}" height="${barHeight}" fill="${segment.colour}"/>`,
        );
      x += w;
    }
    parts.push(`<text x="${labelWidth + plot + 6}" y="${y + 13}">${escapeHtml(bar.text)}</text>`);
  });
  (spec.legend ?? []).forEach((entry, i) => {
    const x = (i % 3) * 210;
    const y = top + spec.bars.length * (barHeight + gap) + Math.floor(i / 3) * 20;
    parts.push(`<rect x="${x}" y="${y}" width="12" height="12" fill="${entry.colour}"/>`);
    parts.push(`<text x="${x + 17}" y="${y + 10}">${escapeHtml(entry.label)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
