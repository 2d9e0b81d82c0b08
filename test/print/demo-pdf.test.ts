import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { tabNames } from '../../core/grid/tab-names';
import { demoBook } from '../../scripts/demo/run-demo';
import { writeWorkbookFile } from '../../scripts/xlsx/write-workbook-file';
import { formWithEvents } from '../fixtures/form-with-events';
import { convertToPdf, noLibreOfficeMessage, pdfPageCount, sofficePath } from './libreoffice';
import { noPdftotextMessage, pdfLines, pdftotextPath } from './pdf-lines';

const suite = sofficePath ? describe : describe.skip;
const dir = mkdtempSync(join(tmpdir(), 'profkarta-pdf-'));

suite(sofficePath ? 'the demo printed to PDF by LibreOffice (design §9)' : noLibreOfficeMessage, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints Сводка in at most 3 pages and the longest school form in at most 4', async () => {
    const demo = demoBook({ date: '2024-02-01', time: '10:00' });
    if (!demo.ok) throw new Error(demo.message);
    const summary = demo.sheets.find((s) => s.name === tabNames.summary) as OutputSheet;
    const codes = new Set(
      Object.entries(demo.result.outputs.json.orgs).flatMap(([c, o]) => (o.type === 'ООО' ? [c] : [])),
    );
    // The school whose form has the most rows: every other form prints in no more pages.
    const school = demo.sheets
      .filter((s) => codes.has(s.name))
      .reduce((a, b) => (b.rows.length > a.rows.length ? b : a));
    // Each tab alone in a workbook of the same writer, so each PDF holds that tab only.
    const files = { summary: join(dir, 'svodka.xlsx'), school: join(dir, 'school.xlsx') };
    expect(await writeWorkbookFile(files.summary, [summary])).toEqual({ ok: true });
    expect(await writeWorkbookFile(files.school, [school])).toEqual({ ok: true });
    await convertToPdf([files.summary, files.school], dir);
    const pages = {
      summary: pdfPageCount(readFileSync(join(dir, 'svodka.pdf'))),
      school: pdfPageCount(readFileSync(join(dir, 'school.pdf'))),
    };
    expect(pages.summary).toBeGreaterThan(0);
    expect(pages.summary, 'Сводка').toBeLessThanOrEqual(3);
    expect(pages.school, `форма ${school.name}`).toBeGreaterThan(0);
    expect(pages.school, `форма ${school.name}`).toBeLessThanOrEqual(4);
  }, 300_000);

  const withText = pdftotextPath ? it : it.skip;
  withText(
    pdftotextPath
      ? 'prints each section of a form with its title, header and first rows on one page'
      : noPdftotextMessage,
    async () => {
      // As found: a section's title and header ended a page and its rows began the next. These forms
      // put a title near a page's end: section 7 of a kindergarten with 52 events, section 6 of a
      // school with 58, and every section of the demo's longest school form.
      const demo = demoBook({ date: '2024-02-01', time: '10:00' });
      if (!demo.ok) throw new Error(demo.message);
      const longest = demo.sheets
        .filter((s) => /^SCH\d+$/.test(s.name))
        .reduce((a, b) => (b.rows.length > a.rows.length ? b : a));
      const forms = [formWithEvents('ДОО', 52), formWithEvents('ООО', 58), longest];
      const files = forms.map((form) => join(dir, `form-${form.name}.xlsx`));
      for (const [i, form] of forms.entries()) {
        expect(await writeWorkbookFile(files[i] as string, [form])).toEqual({ ok: true });
      }
      await convertToPdf(files, dir);
      for (const form of forms) {
        const pages = await pdfLines(join(dir, `form-${form.name}.pdf`));
        let titles = 0;
        for (const [p, lines] of pages.entries()) {
          const footer = lines.find((l) => l.text.startsWith('Страница') || l.text.includes(' Страница '));
          const end = footer?.top ?? Number.POSITIVE_INFINITY;
          for (const line of lines.filter((l) => /^[1-7]\. [А-Я]/.test(l.text))) {
            titles += 1;
            // Room under the title for its header and two rows: five lines of its own height.
            const room = end - line.bottom;
            expect(room, `${form.name}, стр. ${p + 1}: «${line.text}»`).toBeGreaterThan(5 * (line.bottom - line.top));
          }
        }
        expect(titles, form.name).toBeGreaterThanOrEqual(6);
      }
    },
    300_000,
  );
});
