import { randomUUID } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { markerSheet } from '../../../core/form/marker-sheet';
import {
  directoryHeaders,
  englishHeaders,
  essentialFields,
  type OrgField,
  requiredFields,
} from '../../../core/directory/directory-columns';
import { parseOrgsCsv } from '../../../core/directory/parse-orgs-csv';
import { defaultSettings } from '../../../core/directory/read-settings';
import { committeeSheets } from '../../../core/outputs/committee-tabs';
import { orgTemplate } from '../../../core/form/render-org-tab';
import { formatIssues } from '../../../core/issues/format-issue';
import { type SchoolYear, schoolYearLabel } from '../../../core/dates/school-year';
import type { TermDates } from '../../../core/dates/school-terms';
import { builtinSchoolYear } from '../../../core/roadmap/builtin-roadmap';
import { roadmapForYear } from '../../../core/roadmap/roadmap-for-year';
import { readRoadmap } from '../../../core/roadmap/read-roadmap';
import type { Roadmap } from '../../../core/roadmap/roadmap-item';
import { writeWorkbookFile } from '../../xlsx/write-workbook-file';
import { issueLine } from '../cli-args';
import type { CliIo } from '../cli-io';
import { refuse } from '../cli-refusal';
import { defineCommand } from '../define-command';
import {
  type RoadmapBook,
  readRoadmapBook,
  type SchoolYearSource,
  schoolYearArgument,
  schoolYearWith,
} from '../roadmap-book';
import { readCsvFile } from '../read-csv-file';
import { assertFreeOutput, assertNotInput } from '../safe-output';

const listed: readonly OrgField[] = [...essentialFields, ...requiredFields];
const russianHeaderLine = `${listed.map((f) => directoryHeaders[f]).join(';')} (и, если нужно, ${directoryHeaders.active})`;
const englishHeaderLine = `${listed.map((f) => englishHeaders[f]).join(',')} (и, если нужно, ${englishHeaders.active})`;

/** The roadmap of the new book: the built-in one for its year, or the tab of `--roadmap`. */
function roadmapFrom(book: RoadmapBook | null, year: SchoolYear, terms: TermDates, io: CliIo): Roadmap {
  if (book === null) {
    const builtin = roadmapForYear(year, undefined, 'UTC');
    if (builtin.ok) return builtin.roadmap;
    refuse(formatIssues(builtin.issues, 'cli'));
  }
  if (!book.tab) refuse(`В книге «${book.shownAs}» нет листа «Дорожная карта».`);
  const read = readRoadmap(book.tab, year, book.timeZone, { terms, dateSystem: book.dateSystem });
  for (const issue of read.issues) io.stderr(`${issueLine(issue)}\n`);
  if (read.roadmap.items.length === 0)
    refuse(`На листе «Дорожная карта» книги «${book.shownAs}» нет ни одного пункта.`);
  return read.roadmap;
}

const yearWords: Readonly<Record<SchoolYearSource, string>> = {
  argument: '',
  settings: ' (из книги дорожной карты)',
  periods: ' (по срокам дорожной карты)',
};

/**
 * `profkarta template --orgs ORGS.csv --out BOOK.xlsx [--school-year 2023] [--roadmap FILE] [--force]`
 * (design §8): a new one-file workbook with the committee tabs (Инструкция, Настройки,
 * Организации, Дорожная карта, Состояние) and one form tab per active organisation. The CSV may be
 * UTF-8 or Windows-1251. A bad ИНН in the CSV is a warning on stderr; other CSV errors refuse the
 * file (exit 2). An existing `--out` is replaced only with `--force`, and never when it is an input.
 */
export const templateCommand = defineCommand({
  name: 'template',
  synopsis: 'template --orgs ОРГАНИЗАЦИИ.csv --out КНИГА.xlsx [--school-year 2023] [--roadmap ФАЙЛ.xlsx] [--force]',
  summary: 'новая книга: листы комитета и по листу на каждую действующую организацию',
  details: [
    '  --orgs ФАЙЛ.csv     список организаций; в первой строке — заголовки, как на листе «Организации»:',
    `                      ${russianHeaderLine}`,
    `                      или те же по-английски: ${englishHeaderLine};`,
    '                      понимаются и варианты: «Наименование ОО», «Тип ОО», «ИНН организации», «E-mail», «Эл. почта»…',
    '                      кодировка UTF-8 (с BOM или без) или Windows-1251, разделитель «,» или «;»; не больше 5 000 строк',
    '  --out КНИГА.xlsx    новая книга; существующий файл заменяется только с --force',
    '  --school-year 2023  учебный год (2024 или 2024/2025); по умолчанию — год книги --roadmap, без неё 2023',
    '  --roadmap ФАЙЛ.xlsx книга с листом «Дорожная карта» (нужна для другого учебного года), например из import-roadmap;',
    '                      её учебный год — «Учебный год» её листа «Настройки», а если его нет, год, который называют сроки;',
    '                      --school-year, не совпадающий с записанным в книге, — отказ',
    '  --force             заменить существующий файл --out',
  ],
  examples: [
    'npx profkarta template --orgs организации.csv --out книга.xlsx',
    'npx profkarta template --orgs организации.csv --out книга-2024.xlsx --roadmap дорожная-карта-2024.xlsx',
  ],
  options: {
    orgs: { type: 'string' },
    out: { type: 'string' },
    'school-year': { type: 'string' },
    roadmap: { type: 'string' },
    force: { type: 'boolean' },
  },
  run: async ({ values }, io) => {
    const usage = `Использование: npx profkarta ${templateCommand.spec.synopsis}`;
    if (!values.orgs || !values.out) refuse(`Укажите --orgs и --out. ${usage}`);
    const out = values.out;
    assertNotInput(out, [values.orgs, values.roadmap], io.cwd);
    await assertFreeOutput(out, values.force, io.cwd);
    const given = schoolYearArgument(values['school-year']);
    const book = values.roadmap === undefined ? null : await readRoadmapBook(values.roadmap, io.cwd);
    const chosen = book
      ? schoolYearWith(given, book, io)
      : { year: given ?? builtinSchoolYear, source: 'argument' as const };
    const year = chosen.year;
    // Term dates of the roadmap's own `Настройки` read its «II четверть» and go into the new book.
    const terms = book && book.settings.schoolYear.start === year.start ? book.settings.terms : {};
    const { text } = await readCsvFile(values.orgs, io.cwd);
    const { orgs, issues } = parseOrgsCsv(text, basename(values.orgs));
    for (const issue of issues) io.stderr(`${issueLine(issue)}\n`);
    if (issues.some((i) => i.severity === 'error')) {
      refuse('Исправьте ошибки в списке организаций и запустите команду снова.');
    }
    const active = orgs.filter((o) => o.active);
    if (active.length === 0) refuse(`В «${values.orgs}» нет ни одной действующей организации.`);
    const roadmap = roadmapFrom(book, year, terms, io);
    const settings = { ...defaultSettings(year), terms };
    const sheets = [
      ...committeeSheets({ settings, orgs, roadmap, states: [] }),
      // The book's identity: `split` puts it in every file it sends, `collect` takes back only those.
      markerSheet({ book: randomUUID(), collected: [] }),
      ...active.map((org) => orgTemplate(org, roadmap, settings)),
    ];
    const written = await writeWorkbookFile(resolve(io.cwd, out), sheets, { shownAs: out });
    if (!written.ok) refuse(written.message);
    io.stdout(
      `Книга «${out}» создана: листов организаций — ${active.length}, учебный год ${schoolYearLabel(year)}${yearWords[chosen.source]}.\n`,
    );
    return 0;
  },
});
