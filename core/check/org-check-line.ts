import type { OrgCheck } from './check-report';
import type { IsoDate } from '../dates/iso-date';
import { checkResultLine } from '../form/check-result-line';

/**
 * The check-result line of an organisation tab (`checkResultLine`), with «(лист не заполнен)» for
 * an empty tab.
 *
 * @param check - the organisation's errors, warnings and status
 * @param date - the check's calendar date
 * @param time - `HH:MM` in the spreadsheet's zone
 * @param asOf - the report date of the check, said when it is not `date` (the CLI's `--as-of`)
 * @example orgCheckLine({ errors: 0, warnings: 0, status: 'empty' }, '2024-02-01', '10:15')
 * // 'Проверено 01.02.2024 10:15: 0 ошибок, 0 предупреждений (лист не заполнен)'
 */
export function orgCheckLine(
  check: Pick<OrgCheck, 'errors' | 'warnings' | 'status'>,
  date: IsoDate,
  time: string,
  asOf?: IsoDate,
): string {
  const line = checkResultLine(date, time, check.errors, check.warnings, asOf);
  return check.status === 'empty' ? `${line} (лист не заполнен)` : line;
}
