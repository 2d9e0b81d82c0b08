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
import { builtinSchoolYear } from '../../../core/roadmap/builtin-roadmap';
import { roadmapForYear } from '../../../core/roadmap/roadmap-for-year';
import { readRoadmap } from '../../../core/roadmap/read-roadmap';
import type { Roadmap } from '../../../core/roadmap/roadmap-item';
import { writeWorkbookFile } from '../../xlsx/write-workbook-file';
import { issueLine } from '../cli-args';
import type { CliIo } from '../cli-io';
import { refuse } from '../cli-refusal';
import { defineCommand } from '../define-command';
import { readBookArgument } from '../read-book-argument';
import { readCsvFile } from '../read-csv-file';
import { assertFreeOutput, assertNotInput } from '../safe-output';

const listed: readonly OrgField[] = [...essentialFields, ...requiredFields];
const russianHeaderLine = `${listed.map((f) => directoryHeaders[f]).join(';')} (и, если нужно, ${directoryHeaders.active})`;
const englishHeaderLine = `${listed.map((f) => englishHeaders[f]).join(',')} (и, если нужно, ${englishHeaders.active})`;

async function roadmapFrom(path: string | undefined, year: number, io: CliIo): Promise<Roadmap> {
  if (path === undefined) {
    const builtin = roadmapForYear({ start: year }, undefined, 'UTC');
    if (builtin.ok) return builtin.roadmap;
    refuse(formatIssues(builtin.issues, 'cli'));
  }
  const book = await readBookArgument(path, io.cwd);
  const tab = book.workbook.committee.find((s) => s.name.trim().toLowerCase() === 'дорожная карта');
  if (!tab) refuse(`В книге «${path}» нет листа «Дорожная карта».`);
  const read = readRoadmap(tab, { start: year }, book.workbook.timeZone);
  for (const issue of read.issues) io.stderr(`${issueLine(issue)}\n`);
  if (read.roadmap.items.length === 0) refuse(`На листе «Дорожная карта» книги «${path}» нет ни одного пункта.`);
  return read.roadmap;
}

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
    '  --school-year 2023  год начала учебного года (по умолчанию 2023)',
    '  --roadmap ФАЙЛ.xlsx книга с листом «Дорожная карта» (нужна для другого учебного года)',
    '  --force             заменить существующий файл --out',
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
    const yearText = values['school-year'] ?? String(builtinSchoolYear.start);
    if (!/^\d{4}$/.test(yearText) || Number(yearText) < 2000 || Number(yearText) > 2100) {
      refuse(`Учебный год «${yearText}» не читается: укажите год его начала, например --school-year 2023.`);
    }
    const year = Number(yearText);
    const { text } = await readCsvFile(values.orgs, io.cwd);
    const { orgs, issues } = parseOrgsCsv(text, basename(values.orgs));
    for (const issue of issues) io.stderr(`${issueLine(issue)}\n`);
    if (issues.some((i) => i.severity === 'error')) {
      refuse('Исправьте ошибки в списке организаций и запустите команду снова.');
    }
    const active = orgs.filter((o) => o.active);
    if (active.length === 0) refuse(`В «${values.orgs}» нет ни одной действующей организации.`);
    const roadmap = await roadmapFrom(values.roadmap, year, io);
    const settings = defaultSettings({ start: year });
    const sheets = [
      ...committeeSheets({ settings, orgs, roadmap, states: [] }),
      // The book's identity: `split` puts it in every file it sends, `collect` takes back only those.
      markerSheet({ book: randomUUID(), collected: [] }),
      ...active.map((org) => orgTemplate(org, roadmap, settings)),
    ];
    const written = await writeWorkbookFile(resolve(io.cwd, out), sheets, { shownAs: out });
    if (!written.ok) refuse(written.message);
    io.stdout(`Книга «${out}» создана: листов организаций — ${active.length}, учебный год ${year}/${year + 1}.\n`);
    return 0;
  },
});
