import type { IsoDate } from '../../core/dates/iso-date';
import { isInSchoolYear, reportDate } from '../../core/dates/report-date';
import { schoolYearLabel } from '../../core/dates/school-year';
import type { Settings } from '../../core/directory/settings';
import { formatIssue } from '../../core/issues/format-issue';

/**
 * The sidebar's warning when the report date of the add-on's actions (`Дата отчёта`, else today in
 * the committee's zone: the core's one rule) falls outside the roadmap's school year
 * (`Учебный год`): the catalogue's sentence, with where the date came from and what to change in
 * the spreadsheet (the add-on has no `--as-of`); null inside the year.
 *
 * @param settings - `Настройки` as read
 * @param today - today in the committee's zone
 * @example reportDateWarning(settings2023, '2026-11-30') // 'Дата отчёта 30.11.2026 (сегодня…) лежит вне учебного года 2023/2024…'
 */
export function reportDateWarning(
  settings: Pick<Settings, 'reportDate' | 'schoolYear'>,
  today: IsoDate,
): string | null {
  const { date, source } = reportDate({ bookDate: settings.reportDate, today });
  if (isInSchoolYear(date, settings.schoolYear)) return null;
  return formatIssue(
    {
      code: 'report_date_outside_school_year',
      params: {
        date,
        source:
          source === 'book'
            ? 'указана в «Настройках» → «Дата отчёта»'
            : 'сегодня: «Дата отчёта» в «Настройках» не указана',
        schoolYear: schoolYearLabel(settings.schoolYear),
      },
    },
    'addon',
  );
}
