import { schoolYearLabel } from '../dates/school-year';
import type { Organisation } from '../directory/organisation';
import type { Settings } from '../directory/settings';
import { normaliseFormText } from './form-text';

/** The cell (0-based, `A2`) where the add-on writes «Проверено ДАТА ВРЕМЯ: N ошибок, M предупреждений». */
export const checkResultCell = { row: 1, column: 0 } as const;

/** Text of the check-result cell in a tab that has not been checked yet. */
export const notCheckedText = 'Лист ещё не проверялся.';

/** The third line of the form: how to fill it. */
export const fillHintText =
  'Заполняйте белые ячейки; серые заполняет комитет. Подсказки — в столбце C, даты — ДД.ММ.ГГГГ.';

const titlePrefix = 'Профориентация: отчёт организации';

/**
 * The first line of an organisation's tab.
 *
 * @param org - the organisation
 * @param settings - the school year
 * @example formTitleLine(org, settings) // 'Профориентация: отчёт организации «МАОУ …» · учебный год 2023/2024'
 */
export function formTitleLine(org: Organisation, settings: Settings): string {
  return `${titlePrefix} «${org.name}» · учебный год ${schoolYearLabel(settings.schoolYear)}`;
}

/** Which of the three lines above the form the add-on writes a text is: 0 title, 1 check result, 2 hint; null for none. */
export function formLineOf(value: unknown): 0 | 1 | 2 | null {
  if (typeof value !== 'string') return null;
  if (value.startsWith(titlePrefix)) return 0;
  if (value === notCheckedText || /^Проверено \d\d\.\d\d\.\d{4} \d\d:\d\d(?: на дату отчёта \d\d\.\d\d\.\d{4})?: /.test(value)) return 1;
  if (normaliseFormText(value) === normaliseFormText(fillHintText)) return 2;
  return null;
}
