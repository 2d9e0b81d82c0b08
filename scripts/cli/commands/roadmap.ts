import type { IsoDate } from '../../../core/dates/iso-date';
import { reportDate } from '../../../core/dates/report-date';
import { tabNames } from '../../../core/grid/tab-names';
import type { TermDates } from '../../../core/dates/school-terms';
import type { DateSystem } from '../../../core/dates/serial-date';
import type { SchoolYear } from '../../../core/dates/school-year';
import type { SheetData, WorkbookData } from '../../../core/grid/sheet-data';
import { checkWorkbook } from '../../../core/check/check-workbook';
import { reportersProgress } from '../../../core/report/reporters-progress';
import type { Issue } from '../../../core/issues/issue';
import { a1 } from '../../../core/grid/a1';
import { formatIssue } from '../../../core/issues/format-issue';
import { builtinSchoolYear } from '../../../core/roadmap/builtin-roadmap';
import { roadmapForYear } from '../../../core/roadmap/roadmap-for-year';
import { roadmapJson } from '../../../core/roadmap/roadmap-json';
import type { RoadmapDocument } from '../../../core/roadmap/roadmap-json-schema';
import { roadmapText } from '../../../core/roadmap/roadmap-text';
import { issueLine } from '../cli-args';
import { committeeNow } from '../committee-clock';
import { defineCommand } from '../define-command';
import { parseDateArgument } from '../parse-date-argument';
import { readRoadmapBook, schoolYearArgument, schoolYearWith } from '../roadmap-book';
import { reportDateNotice } from '../report-date-notice';

/**
 * `profkarta roadmap [--book BOOK.xlsx] [--json] [--as-of DATE]` (design §8): the roadmap in
 * force (the book's `Дорожная карта` tab, or the built-in 2023/2024 one) with kinds, reporters,
 * windows and the committee's own status of its own items (with a book, how the organisations
 * stand on theirs, from the book's check) as of the report date: `--as-of`, else the book's
 * `Дата отчёта`, else today in Chelyabinsk, as for `check` (with a warning outside the school year).
 * Exit 0; 1 when the tab has errors or there is no roadmap for the year; 2 on bad arguments
 * or an unreadable book.
 */
export const roadmapCommand = defineCommand({
  name: 'roadmap',
  synopsis: 'roadmap [--book КНИГА.xlsx] [--json] [--as-of ДАТА] [--school-year 2023]',
  summary: 'дорожная карта в силе: пункты, сроки, окна, исполнители и статус пунктов комитета',
  details: [
    '  --book КНИГА.xlsx   взять лист «Дорожная карта» и «Дату отчёта» из книги (иначе — встроенная карта 2023/2024)',
    '  --as-of ДАТА        дата статусов; по умолчанию «Дата отчёта» книги, иначе сегодня в Челябинске',
    '  --school-year 2023  учебный год (по умолчанию — «Учебный год» из «Настроек» книги, а если его нет, год, который называют сроки)',
    '  --json              один JSON-документ на stdout',
  ],
  examples: [
    'npx profkarta roadmap --as-of 01.02.2024',
    'npx profkarta roadmap --book дорожная-карта-2024.xlsx --as-of 01.02.2025',
  ],
  options: {
    book: { type: 'string' },
    json: { type: 'boolean' },
    'as-of': { type: 'string' },
    'school-year': { type: 'string' },
  },
  run: async ({ values }, io) => {
    const asked = values['as-of'] === undefined ? undefined : parseDateArgument(values['as-of']);
    let year = schoolYearArgument(values['school-year']);
    let tab: SheetData | undefined;
    let terms: TermDates = {};
    let timeZone = 'UTC';
    let dateSystem: DateSystem = '1900';
    let bookDate: IsoDate | null = null;
    let source = 'встроенная, приказ № 1828-у от 07.08.2023';
    let workbook: WorkbookData | null = null;
    if (values.book !== undefined) {
      const book = await readRoadmapBook(values.book, io.cwd);
      ({ tab, timeZone, dateSystem } = book);
      workbook = book.workbook;
      // The roadmap's own year (its «Настройки», else its deadlines); a book without a roadmap tab is read in its settings' year.
      year = tab || book.year ? schoolYearWith(year, book, io).year : (year ?? book.settings.schoolYear);
      if (year.start === book.settings.schoolYear.start) terms = book.settings.terms;
      bookDate = book.settings.reportDate;
      source = `лист «${tabNames.roadmap}» книги ${values.book}`;
    }
    const asOf = reportDate({ asOf: asked, bookDate, today: committeeNow(io.today).date });
    const result = roadmapForYear(year ?? builtinSchoolYear, tab, timeZone, { terms, dateSystem });
    for (const issue of result.issues) io.stderr(`${issueLine(issue)}\n`);
    if (!result.ok) return 1;
    reportDateNotice(io, { asOf: asOf.date, asOfSource: asOf.source, roadmap: result.roadmap });
    if (result.source === 'builtin' && tab) source = 'встроенная: на листе нет пунктов';
    if (values.json) {
      const json: RoadmapDocument = {
        ...roadmapJson(result.roadmap, asOf.date),
        source: result.source,
        issues: result.issues.map(issueJson),
      };
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      const progress = workbook ? organisationsProgress(workbook, asOf.date, result.roadmap.schoolYear) : null;
      io.stdout(roadmapText(result.roadmap, asOf.date, source, progress));
    }
    return result.issues.some((issue) => issue.severity === 'error') ? 1 : 0;
  },
});

/**
 * How the book's organisations stand on the items they report on, from the book's check as of the
 * report date; null when the book cannot be checked (no directory…) or its roadmap is of another year.
 */
function organisationsProgress(
  workbook: WorkbookData,
  asOf: IsoDate,
  schoolYear: SchoolYear,
): ReadonlyMap<string, string> | null {
  const checked = checkWorkbook(workbook, { today: asOf, asOf });
  if (!checked.ok || checked.report.roadmap.schoolYear.start !== schoolYear.start) return null;
  return reportersProgress(checked.report);
}

function issueJson(issue: Issue): RoadmapDocument['issues'][number] {
  const cell = issue.row !== null && issue.column !== null ? a1(issue.row, issue.column) : null;
  return { tab: issue.tab, cell, severity: issue.severity, code: issue.code, message: formatIssue(issue, 'cli') };
}
