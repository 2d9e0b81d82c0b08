import { describe, expect, it } from 'vitest';
import type { BarChartSpec } from './bar-chart';
import { barChartHtml } from './bar-chart-html';
import { barChartSvg } from './bar-chart-svg';

const spec: BarChartSpec = {
  title: 'Охват <всего>',
  axis: 'доля, %',
  bars: [
    {
      label: 'A & B',
      segments: [
        { share: 0.25, colour: '#2e7d32', name: 'выполнено' },
        { share: 0.5, colour: '#d32f2f', name: 'просрочено' },
        { share: 0, colour: '#bdbdbd', name: 'срок не наступил' },
      ],
      text: '75 %',
    },
    { label: 'Город', segments: [{ share: 1.2, colour: '#1565c0', name: 'город' }], text: 'больше 100 %' },
  ],
  legend: [
    { label: 'выполнено', colour: '#2e7d32' },
    { label: 'просрочено', colour: '#d32f2f' },
    { label: 'срок не наступил', colour: '#bdbdbd' },
  ],
};

describe('barChartHtml', () => {
  it('draws each segment as its share of the whole track, capped at 100 %', () => {
    const html = barChartHtml(spec);
    expect(html).toContain('<span class="seg" data-share="0.25" style="width:25%;background:#2e7d32"');
    expect(html).toContain('data-share="0.5" style="width:50%;background:#d32f2f"');
    expect(html).toContain('data-share="1" style="width:100%;background:#1565c0"');
    // A zero share draws nothing.
    expect(html).not.toContain('data-share="0"');
  });
  it('labels the scale from 0 to 100 % and names every colour in the legend', () => {
    const html = barChartHtml(spec);
    expect(html).toContain('<span style="left:0%">0\u00a0%</span>');
    expect(html).toContain('<span style="left:100%">100\u00a0%</span>');
    expect(html).toContain('<p class="axis-caption">Шкала: доля, %</p>');
    for (const entry of spec.legend) expect(html).toContain(`background:${entry.colour}"></span>${entry.label}</li>`);
  });
  it('escapes every text', () => {
    const html = barChartHtml(spec);
    expect(html).toContain('Охват &lt;всего&gt;');
    expect(html).toContain('A &amp; B');
  });
});

describe('barChartSvg', () => {
  it('draws the bars to scale on a framed track of the chosen width, the texts escaped', () => {
    const { svg, width, height } = barChartSvg(spec, 600);
    expect(width).toBe(600);
    expect(svg).toContain(`viewBox="0 0 600 ${height}"`);
    expect(svg).toContain('A &amp; B');
    const track = /<rect x="([\d.]+)" y="28" width="([\d.]+)" height="14" fill="#ffffff"/.exec(svg);
    expect(track).not.toBeNull();
    const [x, plot] = [Number(track?.[1]), Number(track?.[2])];
    const segment = /<rect x="([\d.]+)" y="28" width="([\d.]+)" height="14" fill="#d32f2f"/.exec(svg);
    expect(Number(segment?.[1])).toBeCloseTo(x + plot * 0.25, 0);
    expect(Number(segment?.[2])).toBeCloseTo(plot * 0.5, 0);
    expect(svg).toContain('>100\u00a0%</text>');
    expect(svg).toContain('Шкала: доля, %');
    expect(svg).not.toMatch(/<script|href=/);
  });
  it('wraps the legend onto more rows when the picture is narrow', () => {
    expect(barChartSvg(spec, 200).height).toBeGreaterThan(barChartSvg(spec, 800).height);
  });
});
