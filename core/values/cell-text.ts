import { formatRuDate } from '../dates/format-ru-date';
import { isoDateInZone } from '../dates/iso-date-in-zone';

/**
 * A number as a spreadsheet shows it in general format: no exponent, no float noise
 * (`0.1 + 0.2` → `0.3`), a point as the decimal separator so `1.2` item numbers survive.
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const rounded = Number(n.toPrecision(15));
  const plain = String(rounded);
  if (!plain.includes('e')) return plain;
  // Only tiny or huge values reach here; show them without the exponent like Sheets does.
  return Math.abs(rounded) < 1
    ? rounded.toFixed(20).replace(/0+$/, '').replace(/\.$/, '')
    : rounded.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 });
}

/**
 * What a spreadsheet shows in a cell, as trimmed text: strings trimmed, numbers without
 * exponent noise, `Date` as DD.MM.YYYY in `timeZone`, booleans as the Russian locale shows
 * them (ИСТИНА / ЛОЖЬ), formula errors as their text; '' for blanks and non-values
 * (objects, NaN), which the readers report on their own.
 *
 * @param cell - a cell value
 * @param timeZone - the zone in which `Date` cells stand for midnight (`UTC` for exceljs)
 * @example cellText(new Date('2023-10-31T00:00:00Z')) // '31.10.2023'
 */
export function cellText(cell: unknown, timeZone = 'UTC'): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return numberText(cell);
  if (typeof cell === 'boolean') return cell ? 'ИСТИНА' : 'ЛОЖЬ';
  if (cell instanceof Date) {
    const iso = isoDateInZone(cell, timeZone);
    return iso ? formatRuDate(iso) : '';
  }
  if (typeof cell === 'object' && cell !== null && typeof (cell as { error?: unknown }).error === 'string') {
    return String((cell as { error: string }).error).trim();
  }
  return '';
}
