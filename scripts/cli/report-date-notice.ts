import type { IsoDate } from '../../core/dates/iso-date';
import { isInSchoolYear, type ReportDateSource } from '../../core/dates/report-date';
import { type SchoolYear, schoolYearLabel } from '../../core/dates/school-year';
import { formatIssue } from '../../core/issues/format-issue';
import type { CliIo } from './cli-io';

const sourceWords: Readonly<Record<ReportDateSource, string>> = {
  as_of: 'указана в --as-of',
  book: 'из «Даты отчёта» на листе «Настройки»',
  today: 'сегодня в Челябинске: в «Настройках» дата отчёта не указана',
};

/**
 * Warns on stderr when the report date of a command falls outside the roadmap's school year
 * (design §8), saying where the date came from and, unless it was asked for, how to set it.
 * Nothing is printed for a date inside the year.
 *
 * @param io - the command's streams
 * @param date - the report date in use
 * @param source - where it came from (`reportDate`)
 * @param schoolYear - the roadmap's school year
 * @example reportDateNotice(io, '2026-11-30', 'today', { start: 2023 }) // prints «Внимание: Дата отчёта 30.11.2026 …»
 */
export function reportDateNotice(io: CliIo, date: IsoDate, source: ReportDateSource, schoolYear: SchoolYear): void {
  if (isInSchoolYear(date, schoolYear)) return;
  const message = formatIssue(
    {
      code: 'report_date_outside_school_year',
      params: { date, source: sourceWords[source], schoolYear: schoolYearLabel(schoolYear) },
    },
    'cli',
  );
  io.stderr(`Внимание: ${message}\n`);
}
