import { describe, expect, it } from 'vitest';
import { instructionSheet } from '../../core/form/instruction-sheet';
import { cellPadding, textWidth } from '../../core/grid/text-width';
import type { OutputSheet } from '../../core/grid/output-sheet';
import {
  a4Pixels,
  keepTogetherBreaks,
  linePoints,
  printOrientation,
  repeatedRows,
  visibleWidth,
  wrappedRowHeights,
} from './print-layout';

const tab = (format: OutputSheet['format'], rows: OutputSheet['rows'] = [['a', 'b', 'c']]): OutputSheet => ({
  name: 'T',
  rows,
  format,
});

describe('visibleWidth', () => {
  it('adds the widths of the visible columns up to the last one holding a value', () => {
    expect(visibleWidth(tab({ columnWidths: [100, 200, 300, 400] }))).toBe(600);
    expect(visibleWidth(tab({ columnWidths: [100, 200, 300], hiddenColumns: [1] }))).toBe(400);
  });
  it('counts a column without a width as Excel’s default 64 px, and reaches a picture’s right edge', () => {
    expect(visibleWidth(tab({ columnWidths: [100] }))).toBe(228);
    const picture = { title: 'P', svg: '<svg/>', width: 900, height: 10, anchor: { row: 5, column: 1 } };
    expect(visibleWidth(tab({ columnWidths: [100, 100], pictures: [picture] }))).toBe(1000);
  });
});

describe('printOrientation', () => {
  it('is portrait while a fit to the page’s width keeps 80 % of the size, landscape beyond', () => {
    const width = (px: number) => tab({ columnWidths: [px] }, [['a']]);
    expect(printOrientation(width(Math.floor(a4Pixels.portrait / 0.8)))).toBe('portrait');
    expect(printOrientation(width(Math.floor(a4Pixels.portrait / 0.8) + 1))).toBe('landscape');
  });
  it('keeps the tab’s own choice', () => {
    expect(printOrientation(tab({ columnWidths: [2000], print: { orientation: 'portrait' } }))).toBe('portrait');
  });
});

describe('repeatedRows', () => {
  it('repeats the frozen rows by default, the tab’s choice otherwise, none when there are none', () => {
    expect(repeatedRows(tab({ frozenRows: 3 }))).toEqual({ first: 1, last: 3 });
    expect(repeatedRows(tab({ frozenRows: 3, print: { repeatRows: { row: 0, rows: 1 } } }))).toEqual({
      first: 1,
      last: 1,
    });
    expect(repeatedRows(tab({}))).toBeNull();
    expect(repeatedRows(tab({ frozenRows: 2, print: { repeatRows: { row: 0, rows: 0 } } }))).toBeNull();
  });
});

describe('wrappedRowHeights', () => {
  const long = 'Не удаляйте и не переименовывайте заголовки разделов и столбцов: по ним таблица находит данные.';
  it('gives a wrapped cell as many lines as its text needs in its column', () => {
    const sheet = tab({ columnWidths: [200], wrap: [{ row: 0, column: 0, rows: 2 }] }, [[long], ['Код']]);
    const heights = wrappedRowHeights(sheet);
    expect(heights.get(0)).toBe(4 * linePoints);
    // One line: the default height stands.
    expect(heights.has(1)).toBe(false);
  });
  it('measures a merged cell across its columns, and leaves cells that do not wrap alone', () => {
    const merged = tab(
      { columnWidths: [200, 400], wrap: [{ row: 0, column: 0 }], merges: [{ row: 0, column: 0, columns: 2 }] },
      [[long]],
    );
    expect(wrappedRowHeights(merged).get(0)).toBe(2 * linePoints);
    expect(wrappedRowHeights(tab({ columnWidths: [50] }, [[long]])).size).toBe(0);
  });
  it('counts bold text as wider', () => {
    const text = 'Исполнение дорожной карты';
    const width = textWidth(text) + cellPadding;
    const plain = wrappedRowHeights(tab({ columnWidths: [width], wrap: [{ row: 0, column: 0 }] }, [[text]]));
    const bold = wrappedRowHeights(
      tab({ columnWidths: [width], wrap: [{ row: 0, column: 0 }], bold: [{ row: 0, column: 0 }] }, [[text]]),
    );
    expect(plain.get(0) ?? linePoints).toBeLessThan(bold.get(0) ?? linePoints);
  });
  it('fits the Инструкция header and its long lines, which used to overlap', () => {
    const sheet = instructionSheet();
    const heights = wrappedRowHeights(sheet);
    const row = sheet.rows.findIndex((r) => typeof r[1] === 'string' && r[1].length > 120);
    expect(row).toBeGreaterThan(0);
    expect(heights.get(row)).toBeGreaterThanOrEqual(2 * linePoints);
  });
  it('does not change the tab', () => {
    const sheet = tab({ columnWidths: [100], wrap: [{ row: 0, column: 0 }] }, [[long]]);
    const copy = structuredClone(sheet);
    wrappedRowHeights(sheet);
    expect(sheet).toEqual(copy);
  });
});

describe('keepTogetherBreaks', () => {
  // One 1 000 px column: landscape at full size, 41 rows of 13 pt (12.77 pt printed) to a page.
  const rows = Array.from({ length: 100 }, (_, i) => [`строка ${i}`]);
  const sheet = (print: OutputSheet['format']['print'] = {}) => tab({ columnWidths: [1000], print }, rows);

  it('breaks before a block that would run past the end of a page, or end just before it', () => {
    expect(keepTogetherBreaks(sheet(), [{ row: 38, rows: 4 }])).toEqual([38]);
    expect(keepTogetherBreaks(sheet(), [{ row: 36, rows: 3 }])).toEqual([36]);
  });

  it('leaves a block that fits well within its page, or already starts one', () => {
    expect(keepTogetherBreaks(sheet(), [{ row: 20, rows: 4 }])).toEqual([]);
    expect(keepTogetherBreaks(sheet(), [{ row: 42, rows: 4 }])).toEqual([]);
    expect(keepTogetherBreaks(sheet({ pageBreaks: [30] }), [{ row: 30, rows: 4 }])).toEqual([30]);
  });

  it('keeps the tab’s own breaks, and counts the page from them', () => {
    // After a break at 10, row 38 stands well inside the second page.
    expect(keepTogetherBreaks(sheet({ pageBreaks: [10] }), [{ row: 38, rows: 4 }])).toEqual([10]);
  });

  it('gives no break to a block taller than a page', () => {
    expect(keepTogetherBreaks(sheet(), [{ row: 30, rows: 60 }])).toEqual([]);
  });
});
