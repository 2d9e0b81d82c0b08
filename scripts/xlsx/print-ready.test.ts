import { describe, expect, it } from 'vitest';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { formWithEvents } from '../../test/fixtures/form-with-events';
import { printReady } from './print-ready';

describe('printReady', () => {
  it('breaks the page before a section whose title and header would end a page', () => {
    // Printed by LibreOffice without the break, section 7's title stood on the last line of page 2.
    const form = formWithEvents('ДОО', 52);
    const decisions = form.rows.findIndex((r) => r[0] === '7. Рекомендации комитета');
    expect(printReady(form).format.print?.pageBreaks).toEqual([decisions]);
  });

  it('adds no break where every section starts well inside a page, and boxes the tables', () => {
    const form = formWithEvents('ДОО', 20);
    const ready = printReady(form);
    expect(ready.format.print?.pageBreaks).toEqual([]);
    expect(ready.format.borders?.length).toBeGreaterThan(10);
    expect(ready.rows).toBe(form.rows);
  });

  it('returns any other tab as it is', () => {
    const tab: OutputSheet = { name: 'Сводка', rows: [['Город']], format: { print: { pageBreaks: [3] } } };
    expect(printReady(tab)).toBe(tab);
  });
});
