import type { IsoDate } from '../dates/iso-date';

function plural(n: number, one: string, few: string, many: string): string {
  const tens = n % 100;
  const units = n % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  if (units >= 2 && units <= 4) return few;
  return many;
}

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
  const when = `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)} ${time}`;
  const e = `${errors} ${plural(errors, 'ошибка', 'ошибки', 'ошибок')}`;
  const w = `${warnings} ${plural(warnings, 'предупреждение', 'предупреждения', 'предупреждений')}`;
  return `Проверено ${when}: ${e}, ${w}`;
}
