import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBook } from '../../scripts/demo/run-demo';
import { artifactPath, type Browser, openBrowser, skipBrowser } from './chromium';

/** What a page looks like at a width: overflow, legends, and each bar segment against its share. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const segments = [...document.querySelectorAll<HTMLElement>('.seg')].map((seg) => {
      const track = seg.parentElement as HTMLElement;
      return {
        share: Number(seg.dataset.share),
        width: seg.getBoundingClientRect().width,
        track: track.clientWidth,
      };
    });
    return {
      scrollWidth: document.documentElement.scrollWidth,
      bodyScrollWidth: document.body.scrollWidth,
      viewport: window.innerWidth,
      legends: [...document.querySelectorAll('figure.chart')].map((f) => f.querySelectorAll('.legend li').length),
      coloursWithoutLegend: [...document.querySelectorAll('figure.chart')].flatMap((f) => {
        const named = new Set(
          [...f.querySelectorAll<HTMLElement>('.legend .swatch')].map((s) => s.style.backgroundColor),
        );
        return [...f.querySelectorAll<HTMLElement>('.seg')]
          .map((s) => s.style.backgroundColor)
          .filter((c) => !named.has(c));
      }),
      ticks: [...document.querySelectorAll('figure.chart')].map((f) =>
        [...f.querySelectorAll('.ticks span')].map((t) => t.textContent),
      ),
      segments,
    };
  });
}

describe.skipIf(skipBrowser)('summary.html in headless Chromium', () => {
  let browser: Browser;
  let html: string;

  beforeAll(async () => {
    const demo = demoBook({ date: '2024-02-01', time: '10:00' });
    if (!demo.ok) throw new Error(demo.message);
    html = demo.result.html;
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([375, 1280])(
    'reads at %i px: nothing wider than the screen, a legend per chart, bars true to scale',
    async (width) => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.setContent(html);
      const m = await measure(page);
      expect(m.scrollWidth).toBeLessThanOrEqual(m.viewport);
      expect(m.bodyScrollWidth).toBeLessThanOrEqual(m.viewport);
      expect(m.legends).toHaveLength(3);
      for (const entries of m.legends) expect(entries).toBeGreaterThan(0);
      expect(m.coloursWithoutLegend).toEqual([]);
      for (const ticks of m.ticks)
        expect(ticks).toEqual(['0\u00a0%', '25\u00a0%', '50\u00a0%', '75\u00a0%', '100\u00a0%']);
      expect(m.segments.length).toBeGreaterThan(20);
      for (const s of m.segments) {
        expect(s.track).toBeGreaterThan(width < 600 ? 250 : 300);
        expect(Math.abs(s.width - s.share * s.track)).toBeLessThanOrEqual(1);
      }
      await page.screenshot({ path: artifactPath(`summary-${width}.png`), fullPage: true });
      await page.close();
    },
  );

  it('prints on A4: nothing wider than the printable width, the colours kept', async () => {
    const page = await browser.context.newPage();
    // A4 less 15 mm margins each side: 180 mm at 96 dpi.
    await page.setViewportSize({ width: 680, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await page.setContent(html);
    const m = await measure(page);
    expect(m.scrollWidth).toBeLessThanOrEqual(680);
    const adjust = await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('print-color-adjust'));
    expect(adjust).toBe('exact');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.close();
  });
});
