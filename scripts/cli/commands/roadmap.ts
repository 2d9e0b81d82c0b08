import { tabNames } from '../../../core/grid/tab-names';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { SchoolYear } from '../../../core/dates/school-year';
import type { TermDates } from '../../../core/dates/school-terms';
import { parseSchoolYear } from '../../../core/directory/parse-school-year';
import { readSettings } from '../../../core/directory/read-settings';
import type { SheetData } from '../../../core/grid/sheet-data';
import type { Issue } from '../../../core/issues/issue';
import { a1 } from '../../../core/grid/a1';
import { formatIssue } from '../../../core/issues/format-issue';
import { builtinSchoolYear } from '../../../core/roadmap/builtin-roadmap';
import { roadmapForYear } from '../../../core/roadmap/roadmap-for-year';
import { roadmapJson } from '../../../core/roadmap/roadmap-json';
import type { RoadmapDocument } from '../../../core/roadmap/roadmap-json-schema';
import { roadmapText } from '../../../core/roadmap/roadmap-text';
import { normalizeLabel } from '../../../core/values/normalize-label';
import { readWorkbookFile } from '../../xlsx/read-workbook-file';
import { argsProblem, isIsoDate, issueLine, todayOf } from '../cli-args';
import type { Command } from '../cli-io';

const usage = 'npx profkarta roadmap [--book КНИГА.xlsx] [--json] [--as-of ГГГГ-ММ-ДД] [--school-year 2023]';

/** The committee's zone: "today" for a status is Chelyabinsk's today. */

function tabNamed(tabs: readonly SheetData[], name: string): SheetData | undefined {
  const key = normalizeLabel(name);
  return tabs.find((tab) => normalizeLabel(tab.name) === key);
}

/**
 * `profkarta roadmap [--book BOOK.xlsx] [--json] [--as-of DATE]` (design §8): the roadmap in
 * force (the book's `Дорожная карта` tab, or the built-in 2023/2024 one) with kinds, reporters,
 * windows and the committee's own status as of the date (today in Chelyabinsk by default).
 * Exit 0; 1 when the tab has errors or there is no roadmap for the year; 2 on bad arguments
 * or an unreadable book.
 */
export const roadmapCommand: Command = async (args, io) => {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    io.stderr(`${argsProblem(error)} Использование: ${usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length > 0) {
    io.stderr(`Лишний параметр «${positionals[0]}». Использование: ${usage}\n`);
    return 2;
  }
  const asOf = values['as-of'] === undefined ? todayOf(io) : isIsoDate(values['as-of']) ? values['as-of'] : null;
  if (asOf === null) {
    io.stderr(`Дата «${values['as-of']}» не читается: укажите её как ГГГГ-ММ-ДД, например 2024-02-01.\n`);
    return 2;
  }
  let year: SchoolYear | null = null;
  if (values['school-year'] !== undefined) {
    year = parseSchoolYear(values['school-year']);
    if (year === null) {
      io.stderr(`Учебный год «${values['school-year']}» не читается: укажите, например, 2023 или 2023/2024.\n`);
      return 2;
    }
  }
  let tab: SheetData | undefined;
  let terms: TermDates = {};
  let timeZone = 'UTC';
  let source = 'встроенная, приказ № 1828-у от 07.08.2023';
  if (values.book !== undefined) {
    const file = await readWorkbookFile(resolve(io.cwd, values.book));
    if (!file.ok) {
      io.stderr(`${file.message}\n`);
      return 2;
    }
    timeZone = file.workbook.timeZone;
    tab = tabNamed(file.workbook.committee, tabNames.roadmap);
    const { settings } = readSettings(tabNamed(file.workbook.committee, tabNames.settings), timeZone);
    year ??= settings.schoolYear;
    if (year.start === settings.schoolYear.start) terms = settings.terms;
    source = `лист «${tabNames.roadmap}» книги ${values.book}`;
  }
  const result = roadmapForYear(year ?? builtinSchoolYear, tab, timeZone, { terms });
  for (const issue of result.issues) io.stderr(`${issueLine(issue)}\n`);
  if (!result.ok) return 1;
  if (result.source === 'builtin' && tab) source = 'встроенная: на листе нет пунктов';
  if (values.json) {
    const json: RoadmapDocument = {
      ...roadmapJson(result.roadmap, asOf),
      source: result.source,
      issues: result.issues.map(issueJson),
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout(roadmapText(result.roadmap, asOf, source));
  }
  return result.issues.some((issue) => issue.severity === 'error') ? 1 : 0;
};

function issueJson(issue: Issue): RoadmapDocument['issues'][number] {
  const cell = issue.row !== null && issue.column !== null ? a1(issue.row, issue.column) : null;
  return { tab: issue.tab, cell, severity: issue.severity, code: issue.code, message: formatIssue(issue) };
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      book: { type: 'string' },
      json: { type: 'boolean' },
      'as-of': { type: 'string' },
      'school-year': { type: 'string' },
    },
  });
}
