import type { SummaryJson } from '../outputs/summary-json';
import { type OutputSheet, pictureRowPixels, type SheetPicture } from '../grid/output-sheet';
import { barChartSvg } from './bar-chart-svg';
import { summaryChartSpecs } from './summary-chart-specs';

const defaultColumnPixels = 64;
const gap = 16;

/**
 * `Сводка` with the report's three charts as pictures under its tables (the .xlsx shell, which
 * cannot write charts): levels and coverage side by side, the roadmap's execution below them
 * across the tables' width. The sheet must come without chart data (`charts: 'none'`).
 *
 * @param sheet - `Сводка` (`summarySheet(…, 'none')`)
 * @param json - the summary the charts show
 * @example withSummaryPictures(summary, json).format.pictures?.length // 3
 */
export function withSummaryPictures(
  sheet: OutputSheet,
  json: Pick<SummaryJson, 'asOf' | 'city' | 'districts' | 'roadmap'>,
): OutputSheet {
  const widths = sheet.format.columnWidths ?? [];
  const total = widths.reduce((n, w) => n + (w > 0 ? w : defaultColumnPixels), 0);
  // The right picture starts at the first column past half the width.
  let right = 0;
  let left = 0;
  while (right < widths.length && left < total / 2) left += widths[right++] ?? defaultColumnPixels;
  const [levels, coverage, roadmap] = summaryChartSpecs(json);
  const top = sheet.rows.length;
  const first = barChartSvg(levels, left - gap);
  const second = barChartSvg(coverage, total - left);
  const below = top + Math.ceil(Math.max(first.height, second.height) / pictureRowPixels) + 1;
  const third = barChartSvg(roadmap, total);
  const pictures: SheetPicture[] = [
    { title: levels.title, ...first, anchor: { row: top, column: 0 } },
    { title: coverage.title, ...second, anchor: { row: top, column: right } },
    { title: roadmap.title, ...third, anchor: { row: below, column: 0 } },
  ];
  // The charts take a page of their own.
  const print = { ...sheet.format.print, pageBreaks: [...(sheet.format.print?.pageBreaks ?? []), top] };
  return { ...sheet, format: { ...sheet.format, pictures, print } };
}
