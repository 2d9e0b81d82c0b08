import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { tabNames } from '../../core/grid/tab-names';
import { demoBook } from '../../scripts/demo/run-demo';
import { writeWorkbookFile } from '../../scripts/xlsx/write-workbook-file';
import { convertToPdf, noLibreOfficeMessage, pdfPageCount, sofficePath } from './libreoffice';

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
});
