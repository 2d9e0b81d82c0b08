import type ExcelJS from 'exceljs';
import type { OutValue } from '../../core/grid/output-sheet';

/** The most characters an .xlsx cell holds. */
export const maxCellText = 32_767;

function utcDate(iso: string, time = '00:00'): Date {
  const [h = '0', m = '0', s = '0'] = time.split(':');
  const [y = '1970', mo = '1', d = '1'] = iso.split('-');
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(m), Number(s)));
}

/**
 * An output value → an exceljs cell value and the number format it needs. Strings stay
 * literal text whatever they start with (exceljs never makes a formula of a string), cut to
 * 32,767 characters; dates become dates at midnight UTC with `dd.mm.yyyy`.
 *
 * @param value - an output value
 * @example excelValueOf({ kind: 'date', date: '2023-10-31' }) // { value: Date(2023-10-31T00:00Z), numFmt: 'dd.mm.yyyy' }
 */
export function excelValueOf(value: OutValue): { value: ExcelJS.CellValue; numFmt?: string } {
  if (value === null) return { value: null };
  if (typeof value === 'string') return { value: value.length > maxCellText ? value.slice(0, maxCellText) : value };
  if (typeof value === 'number') return { value: Number.isFinite(value) ? value : null };
  if (typeof value === 'boolean') return { value };
  switch (value.kind) {
    case 'date':
      return { value: utcDate(value.date), numFmt: 'dd.mm.yyyy' };
    case 'datetime':
      return { value: utcDate(value.date, value.time), numFmt: 'dd.mm.yyyy hh:mm' };
    case 'link':
      return { value: { text: value.text.slice(0, maxCellText), hyperlink: value.url } };
  }
}
