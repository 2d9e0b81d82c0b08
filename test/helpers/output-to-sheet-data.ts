import type { SheetData } from '../../core/grid/sheet-data';
import type { OutputSheet, OutValue } from '../../core/grid/output-sheet';

function dateAt(iso: string, time = '00:00', timeZoneOffsetHours = 0): Date {
  const [y = 1970, mo = 1, d = 1] = iso.split('-').map(Number);
  const [h = 0, mi = 0, s = 0] = time.split(':').map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h - timeZoneOffsetHours, mi, s));
}

/**
 * What a spreadsheet's getValues() would give for an output tab: strings, numbers and
 * booleans as they are, `''` for null, dates as `Date` at midnight of the zone (UTC by
 * default, as exceljs; pass 5 for Chelyabinsk as Apps Script), links as their text with
 * the URL in `links`. For tests that feed written tabs back to a reader.
 *
 * @param out - an output tab
 * @param options - `offsetHours`: the zone's offset from UTC, whole hours
 * @example toSheetData(directorySheet(orgs)).values[0][0] // 'Код'
 */
export function toSheetData(out: OutputSheet, options: { readonly offsetHours?: number } = {}): SheetData {
  const offset = options.offsetHours ?? 0;
  let anyLink = false;
  const links: (string | null)[][] = [];
  const values = out.rows.map((row) => {
    const rowLinks: (string | null)[] = [];
    const rowValues = row.map((value: OutValue): unknown => {
      if (value !== null && typeof value === 'object' && value.kind === 'link') {
        anyLink = true;
        rowLinks.push(value.url);
        return value.text;
      }
      rowLinks.push(null);
      if (value === null) return '';
      if (typeof value !== 'object') return value;
      if (value.kind === 'date') return dateAt(value.date, '00:00', offset);
      return dateAt(value.date, value.time, offset);
    });
    links.push(rowLinks);
    return rowValues;
  });
  return anyLink ? { name: out.name, values, links } : { name: out.name, values };
}
