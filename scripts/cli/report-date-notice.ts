import type { CheckReport } from '../../core/check/check-report';
import { isInSchoolYear, type ReportDateSource } from '../../core/dates/report-date';
import { schoolYearLabel } from '../../core/dates/school-year';
import { formatIssue } from '../../core/issues/format-issue';
import type { CliIo } from './cli-io';

const sourceWords: Readonly<Record<ReportDateSource, string>> = {
  as_of: 'указана в --as-of',
  book: 'из «Даты отчёта» на листе «Настройки»',
  today: 'сегодня в Челябинске: в «Настройках» дата отчёта не указана',
};

/** What a command computed its statuses with: the report date, where it came from, the roadmap's year. */
export type ReportDateUsed = Pick<CheckReport, 'asOf' | 'asOfSource'> & {
  readonly roadmap: Pick<CheckReport['roadmap'], 'schoolYear'>;
};

/**
 * The one warning of every command that computes statuses (check, summary, split, collect,
 * roadmap; design §8): on stderr when the report date falls outside the roadmap's school year,
 * saying where the date came from and, unless it was asked for, how to set it. Every such command
 * takes its date by the one rule of `reportDate` (`--as-of`, else `Дата отчёта`, else today in
 * Chelyabinsk) and passes what it used here. Nothing is printed for a date inside the year.
 *
 * @param io - the command's streams
 * @param used - the report (or its date, the date's source and the roadmap) the statuses were computed with
 * @example reportDateNotice(io, report) // prints «Внимание: Дата отчёта 30.11.2026 …» when outside
 */
export function reportDateNotice(io: CliIo, used: ReportDateUsed): void {
  const schoolYear = used.roadmap.schoolYear;
  if (isInSchoolYear(used.asOf, schoolYear)) return;
  const message = formatIssue(
    {
      code: 'report_date_outside_school_year',
      params: { date: used.asOf, source: sourceWords[used.asOfSource], schoolYear: schoolYearLabel(schoolYear) },
    },
    'cli',
  );
  io.stderr(`Внимание: ${message}\n`);
}
