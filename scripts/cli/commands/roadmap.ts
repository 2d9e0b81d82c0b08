import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isoDateInZone } from '../../../core/dates/iso-date-in-zone';
import type { SchoolYear } from '../../../core/dates/school-year';
import { parseSchoolYear } from '../../../core/directory/parse-school-year';
import { readSettings, settingsTabName } from '../../../core/directory/read-settings';
import type { SheetData } from '../../../core/grid/sheet-data';
import type { Issue } from '../../../core/issues/issue';
import { formatIssue } from '../../../core/messages/format-issue';
import { builtinSchoolYear } from '../../../core/roadmap/builtin-roadmap';
import { roadmapTabName } from '../../../core/roadmap/roadmap-columns';
import { roadmapForYear } from '../../../core/roadmap/roadmap-for-year';
import { roadmapJson } from '../../../core/roadmap/roadmap-json';
import { roadmapText } from '../../../core/roadmap/roadmap-text';
import { normalizeLabel } from '../../../core/values/normalize-label';
import { readWorkbookFile } from '../../xlsx/read-workbook-file';
import type { CliIo, Command } from '../cli-io';

const usage = 'npx profkarta roadmap [--book КНИГА.xlsx] [--json] [--as-of ГГГГ-ММ-ДД] [--school-year 2023]';

/** The committee's zone: "today" for a status is Chelyabinsk's today. */
export const committeeTimeZone = 'Asia/Yekaterinburg';

/** A real calendar date `YYYY-MM-DD`, or null. */
export function isoDateArgument(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text ? text : null;
}

/** Today in Chelyabinsk. */
export function todayInChelyabinsk(io: CliIo): string {
  return isoDateInZone(io.today, committeeTimeZone) ?? io.today.toISOString().slice(0, 10);
}

/** A Russian sentence for what `parseArgs` refused. */
export function argumentsProblem(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const option = /'(-[^']*)'/.exec(text)?.[1];
  return option ? `Неизвестный или неполный параметр «${option}».` : 'Параметры команды не разобраны.';
}

/** One issue as a line: cell, severity, message. */
export function issueLine(issue: Issue): string {
  const cell =
    issue.row !== null && issue.column !== null
      ? `${issue.tab}!${columnName(issue.column)}${issue.row}`
      : issue.row !== null
        ? `${issue.tab}, строка ${issue.row}`
        : issue.tab;
  const severity = issue.severity === 'error' ? 'ошибка' : issue.severity === 'warning' ? 'предупреждение' : 'сведения';
  return `${cell}: ${severity}: ${formatIssue(issue)}`;
}

function columnName(column: number): string {
  let n = column;
  let name = '';
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

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
    io.stderr(`${argumentsProblem(error)} Использование: ${usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length > 0) {
    io.stderr(`Лишний параметр «${positionals[0]}». Использование: ${usage}\n`);
    return 2;
  }
  const asOf = values['as-of'] === undefined ? todayInChelyabinsk(io) : isoDateArgument(values['as-of']);
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
  let timeZone = 'UTC';
  let source = 'встроенная, приказ № 1828-у от 07.08.2023';
  if (values.book !== undefined) {
    const file = await readWorkbookFile(resolve(io.cwd, values.book));
    if (!file.ok) {
      io.stderr(`${file.message}\n`);
      return 2;
    }
    timeZone = file.workbook.timeZone;
    tab = tabNamed(file.workbook.committee, roadmapTabName);
    year ??= readSettings(tabNamed(file.workbook.committee, settingsTabName), timeZone).settings.schoolYear;
    source = `лист «${roadmapTabName}» книги ${values.book}`;
  }
  const result = roadmapForYear(year ?? builtinSchoolYear, tab, timeZone);
  for (const issue of result.issues) io.stderr(`${issueLine(issue)}\n`);
  if (!result.ok) return 1;
  if (result.source === 'builtin' && tab) source = 'встроенная: на листе нет пунктов';
  if (values.json) {
    const json = { ...roadmapJson(result.roadmap, asOf), source: result.source, issues: result.issues.map(issueJson) };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout(roadmapText(result.roadmap, asOf, source));
  }
  return result.issues.some((issue) => issue.severity === 'error') ? 1 : 0;
};

function issueJson(issue: Issue) {
  const cell = issue.row !== null && issue.column !== null ? `${columnName(issue.column)}${issue.row}` : null;
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
