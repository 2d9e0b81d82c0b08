import { formPrintLook } from '../../core/form/form-print-look';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { keepTogetherBreaks } from './print-layout';

/**
 * A tab as the .xlsx shell prints it: an organisation's form gets thin borders on its table and
 * value cells, and page breaks (in `format.print.pageBreaks`) before any section whose title and
 * header would otherwise end a page (`formPrintLook`, `keepTogetherBreaks`); any other tab is
 * returned as it is.
 *
 * @param sheet - the tab to write
 * @example printReady(orgForm).format.print?.pageBreaks // [83]
 */
export function printReady(sheet: OutputSheet): OutputSheet {
  const look = formPrintLook(sheet);
  if (!look) return sheet;
  const bordered: OutputSheet = {
    ...sheet,
    format: { ...sheet.format, borders: [...(sheet.format.borders ?? []), ...look.borders] },
  };
  const pageBreaks = keepTogetherBreaks(bordered, look.keepTogether);
  return { ...bordered, format: { ...bordered.format, print: { ...sheet.format.print, pageBreaks } } };
}
