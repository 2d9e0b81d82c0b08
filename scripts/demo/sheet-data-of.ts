import type { SheetData } from '../../core/grid/sheet-data';
import type { OutputSheet } from '../../core/grid/output-sheet';

/**
 * An output tab as the .xlsx adapter reads it back: dates as `Date` at midnight UTC, links as
 * their text with the `links` grid beside. Lets the demo and the benchmark check in memory.
 *
 * @param sheet - a tab described by the core
 * @example sheetDataOf(directorySheet(orgs)).values[0][0] // 'Код'
 */
export function sheetDataOf(sheet: OutputSheet): SheetData {
  let links: (string | null)[][] | undefined;
  const values = sheet.rows.map((row, r) =>
    row.map((cell, c) => {
      if (cell === null || typeof cell !== 'object') return cell;
      if (cell.kind === 'link') {
        links ??= [];
        const line = links[r] ?? [];
        line[c] = cell.url;
        links[r] = line;
        return cell.text;
      }
      if (cell.kind === 'datetime') return new Date(`${cell.date}T${cell.time}:00Z`);
      return new Date(`${cell.date}T00:00:00Z`);
    }),
  );
  return links ? { name: sheet.name, values, links } : { name: sheet.name, values };
}
