import type ExcelJS from 'exceljs';
import { hyperlinkFormula } from './hyperlink-formula';

/** A cell as Sheets' getValues() would give it, and its link. */
export interface ShownCell {
  readonly value: unknown;
  readonly link: string | null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && !Array.isArray(v);
}

function richTextOf(v: unknown): string | null {
  if (isObject(v) && Array.isArray(v.richText)) {
    return v.richText.map((run) => (isObject(run) && typeof run.text === 'string' ? run.text : '')).join('');
  }
  return null;
}

/**
 * An exceljs cell value as Sheets would show it: a formula → its cached result, a `HYPERLINK`
 * formula (as Google Sheets exports it) → its text plus the link, a formula saved without a
 * result → `{ formula }` for the core to name (never a blank), rich text → plain text, a hyperlink
 * → its text plus the link, an error → `#N/A` etc., dates stay `Date` (exceljs gives midnight UTC).
 *
 * @param value - `cell.value` from exceljs
 * @example shownCellValue({ formula: 'A1+1', result: 3 }) // { value: 3, link: null }
 */
export function shownCellValue(value: ExcelJS.CellValue | unknown): ShownCell {
  if (value === null || value === undefined) return { value: null, link: null };
  if (!isObject(value)) return { value, link: null };
  if ('formula' in value || 'sharedFormula' in value) {
    const formula =
      typeof value.formula === 'string'
        ? value.formula
        : typeof value.sharedFormula === 'string'
          ? value.sharedFormula
          : null;
    const link = formula === null ? null : hyperlinkFormula(formula);
    const result = value.result;
    if (result === undefined || result === null) {
      if (link) return { value: link.text ?? link.url, link: link.url };
      return { value: formula === null ? null : { formula }, link: null };
    }
    return { value: shownCellValue(result).value, link: link?.url ?? null };
  }
  if (typeof value.error === 'string') return { value: value.error, link: null };
  const rich = richTextOf(value);
  if (rich !== null) return { value: rich, link: null };
  if (typeof value.hyperlink === 'string') {
    const text = typeof value.text === 'string' ? value.text : (richTextOf(value.text) ?? '');
    return { value: text, link: value.hyperlink };
  }
  if (typeof value.text === 'string') return { value: value.text, link: null };
  return { value: null, link: null };
}
