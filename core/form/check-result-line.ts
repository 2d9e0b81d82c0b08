import { formatRuDate, formatRuDateTime } from '../dates/format-ru-date';
import type { IsoDate } from '../dates/iso-date';
import { countOf } from '../issues/count-of';

/**
 * The line the add-on writes into an organisation tab's check-result cell (`checkResultCell`).
 *
 * @param date - the check's calendar date
 * @param time - `HH:MM` in the spreadsheet's zone
 * @param errors - errors found on the tab
 * @param warnings - warnings found on the tab
 * @param asOf - the report date the tab was checked on (`--as-of`), said when it is not `date`
 * @example checkResultLine('2024-02-01', '09:30', 2, 1) // 'Проверено 01.02.2024 09:30: 2 ошибки, 1 предупреждение'
 * @example checkResultLine('2026-11-30', '16:19', 0, 1, '2025-10-15')
 * // 'Проверено 30.11.2026 16:19 на дату отчёта 15.10.2025: 0 ошибок, 1 предупреждение'
 */
export function checkResultLine(date: IsoDate, time: string, errors: number, warnings: number, asOf?: IsoDate): string {
  const e = countOf(errors, ['ошибка', 'ошибки', 'ошибок']);
  const w = countOf(warnings, ['предупреждение', 'предупреждения', 'предупреждений']);
  const on = asOf !== undefined && asOf !== date ? ` на дату отчёта ${formatRuDate(asOf)}` : '';
  return `Проверено ${formatRuDateTime(date, time)}${on}: ${e}, ${w}`;
}
