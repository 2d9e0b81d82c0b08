import { formatRuDateTime } from '../dates/format-ru-date';
import type { IsoDate } from '../dates/iso-date';
import { countOf } from '../issues/count-of';

/**
 * The line the add-on writes into an organisation tab's check-result cell (`checkResultCell`).
 *
 * @param date - the check's calendar date
 * @param time - `HH:MM` in the spreadsheet's zone
 * @param errors - errors found on the tab
 * @param warnings - warnings found on the tab
 * @example checkResultLine('2024-02-01', '09:30', 2, 1) // 'Проверено 01.02.2024 09:30: 2 ошибки, 1 предупреждение'
 */
export function checkResultLine(date: IsoDate, time: string, errors: number, warnings: number): string {
  const e = countOf(errors, ['ошибка', 'ошибки', 'ошибок']);
  const w = countOf(warnings, ['предупреждение', 'предупреждения', 'предупреждений']);
  return `Проверено ${formatRuDateTime(date, time)}: ${e}, ${w}`;
}
