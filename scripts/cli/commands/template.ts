import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parseOrgsCsv } from '../../../core/directory/parse-orgs-csv';
import { defaultSettings } from '../../../core/directory/read-settings';
import { committeeSheets } from '../../../core/outputs/committee-tabs';
import { orgTemplate } from '../../../core/form/render-org-tab';
import { builtinRoadmap, builtinSchoolYear } from '../../../core/roadmap/builtin-roadmap';
import { readRoadmap } from '../../../core/roadmap/read-roadmap';
import type { Roadmap } from '../../../core/roadmap/roadmap-item';
import { readWorkbookFile } from '../../xlsx/read-workbook-file';
import { writeWorkbookFile } from '../../xlsx/write-workbook-file';
import type { CliIo, Command } from '../cli-io';
import { argsProblem, issueLine } from '../cli-args';

const usage =
  'Использование: npx profkarta template --orgs ОРГАНИЗАЦИИ.csv --out КНИГА.xlsx [--school-year 2023] [--roadmap ФАЙЛ.xlsx]\n';

async function roadmapFrom(path: string | undefined, year: number, io: CliIo): Promise<Roadmap | null> {
  if (path === undefined) {
    if (year === builtinSchoolYear.start) return builtinRoadmap();
    io.stderr(
      `Встроенная дорожная карта составлена на 2023/2024 учебный год; для ${year}/${year + 1} укажите свою: --roadmap ФАЙЛ.xlsx с листом «Дорожная карта».\n`,
    );
    return null;
  }
  const file = await readWorkbookFile(path);
  if (!file.ok) {
    io.stderr(`${file.message}\n`);
    return null;
  }
  const tab = file.workbook.committee.find((s) => s.name.trim().toLowerCase() === 'дорожная карта');
  if (!tab) {
    io.stderr(`В книге «${path}» нет листа «Дорожная карта».\n`);
    return null;
  }
  const read = readRoadmap(tab, { start: year }, file.workbook.timeZone);
  for (const issue of read.issues) io.stderr(`${issueLine(issue)}\n`);
  if (read.roadmap.items.length === 0) {
    io.stderr(`На листе «Дорожная карта» книги «${path}» нет ни одного пункта.\n`);
    return null;
  }
  return read.roadmap;
}

/**
 * `profkarta template --orgs ORGS.csv --out BOOK.xlsx [--school-year 2023] [--roadmap FILE]`
 * (design §8): a new one-file workbook with the committee tabs (Инструкция, Настройки,
 * Организации, Дорожная карта, Состояние) and one form tab per active organisation. A bad ИНН
 * in the CSV is a warning on stderr; other CSV errors refuse the file (exit 2).
 */
export const templateCommand: Command = async (args, io) => {
  let values: { orgs?: string; out?: string; 'school-year'?: string; roadmap?: string };
  try {
    values = parseArgs({
      args: [...args],
      options: {
        orgs: { type: 'string' },
        out: { type: 'string' },
        'school-year': { type: 'string' },
        roadmap: { type: 'string' },
      },
    }).values;
  } catch (error) {
    io.stderr(`${argsProblem(error)} ${usage}`);
    return 2;
  }
  if (!values.orgs || !values.out) {
    io.stderr(`Укажите --orgs и --out. ${usage}`);
    return 2;
  }
  const yearText = values['school-year'] ?? String(builtinSchoolYear.start);
  if (!/^\d{4}$/.test(yearText) || Number(yearText) < 2000 || Number(yearText) > 2100) {
    io.stderr(`Учебный год «${yearText}» не читается: укажите год его начала, например --school-year 2023.\n`);
    return 2;
  }
  const year = Number(yearText);
  let text: string;
  try {
    text = await readFile(values.orgs, 'utf8');
  } catch {
    io.stderr(`Файл «${values.orgs}» не найден или не читается.\n`);
    return 2;
  }
  const { orgs, issues } = parseOrgsCsv(text, basename(values.orgs));
  for (const issue of issues) io.stderr(`${issueLine(issue)}\n`);
  if (issues.some((i) => i.severity === 'error')) {
    io.stderr('Исправьте ошибки в списке организаций и запустите команду снова.\n');
    return 2;
  }
  const active = orgs.filter((o) => o.active);
  if (active.length === 0) {
    io.stderr(`В «${values.orgs}» нет ни одной действующей организации.\n`);
    return 2;
  }
  const roadmap = await roadmapFrom(values.roadmap, year, io);
  if (!roadmap) return 2;
  const settings = defaultSettings({ start: year });
  const sheets = [
    ...committeeSheets({ settings, orgs, roadmap, states: [] }),
    ...active.map((org) => orgTemplate(org, roadmap, settings)),
  ];
  const written = await writeWorkbookFile(values.out, sheets);
  if (!written.ok) {
    io.stderr(`${written.message}\n`);
    return 2;
  }
  io.stdout(`Книга «${values.out}» создана: листов организаций — ${active.length}, учебный год ${year}/${year + 1}.\n`);
  return 0;
};
