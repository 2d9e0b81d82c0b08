import { tabNames } from '../../../core/grid/tab-names';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { schoolYearLabel } from '../../../core/dates/school-year';
import { parseSchoolYear } from '../../../core/directory/parse-school-year';
import type { Issue } from '../../../core/issues/issue';
import { formatIssue } from '../../../core/issues/format-issue';
import { readRoadmap } from '../../../core/roadmap/read-roadmap';
import { roadmapJson } from '../../../core/roadmap/roadmap-json';
import type { ImportRoadmapDocument } from '../../../core/roadmap/roadmap-json-schema';
import { roadmapSheet } from '../../../core/roadmap/roadmap-sheet';
import { readOrderFile } from '../../order/read-order-file';
import { writeWorkbookFile } from '../../xlsx/write-workbook-file';
import { argsProblem, todayOf } from '../cli-args';
import type { Command } from '../cli-io';

const usage =
  'npx profkarta import-roadmap ПРИКАЗ.docx|ПРИКАЗ.txt --school-year 2024 [--out ДОРОЖНАЯ-КАРТА.xlsx] [--json] [--force]';

const severityWord = { error: 'ошибка', warning: 'предупреждение', info: 'к сведению' } as const;

// Derived values are many and all shown on the written tab: counted, not listed.
const counted = new Set(['roadmap_item_numbered', 'roadmap_reporters_derived', 'roadmap_kind_derived']);

/**
 * Why `out` may not be written, or null: it is one of the inputs, or it exists and `--force` is
 * not given (design §8). A local check until the CLI has a shared one.
 */
async function outputProblem(out: string, inputs: readonly string[], force: boolean): Promise<string | null> {
  const real = async (path: string) => realpath(path).catch(() => resolve(path));
  const target = await real(out);
  for (const input of inputs) {
    if ((await real(input)) === target) return `Файл «${out}» — входной файл команды; укажите другой --out.`;
  }
  const exists = await stat(out).then(
    () => true,
    () => false,
  );
  return exists && !force ? `Файл «${out}» уже есть; чтобы перезаписать его, добавьте --force.` : null;
}

function issueJson(issue: Issue): ImportRoadmapDocument['issues'][number] {
  return { row: issue.row, severity: issue.severity, code: issue.code, message: formatIssue(issue) };
}

/**
 * `profkarta import-roadmap ORDER --school-year Y [--out ROADMAP.xlsx] [--json] [--force]`
 * (design §8, issue 11): reads the roadmap table of an order — a .docx, or the text copied
 * from it — with the same reader as the `Дорожная карта` tab (order headers, unnumbered rows
 * numbered, reporters and kinds derived from the wording), prints every row or phrase it could
 * not read, and writes a workbook whose `Дорожная карта` tab `template --roadmap` accepts
 * (by default beside the order, `ORDER.xlsx`). `--json` prints the `roadmap --json` shape.
 * Exit 0 when written; 1 when written but some rows or deadlines could not be read; 2 on bad
 * arguments, an unreadable order, an order with no item, or an output it may not write.
 */
export const importRoadmapCommand: Command = async (args, io) => {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    io.stderr(`${argsProblem(error)} Использование: ${usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    io.stderr(`Укажите один файл приказа. Использование: ${usage}\n`);
    return 2;
  }
  const order = resolve(io.cwd, positionals[0] ?? '');
  const year = values['school-year'] === undefined ? null : parseSchoolYear(values['school-year']);
  if (year === null) {
    io.stderr(
      `Укажите учебный год приказа: --school-year 2024 (или 2024/2025)${values['school-year'] === undefined ? '' : `, а не «${values['school-year']}»`}.\n`,
    );
    return 2;
  }
  const out = resolve(io.cwd, values.out ?? join(dirname(order), `${basename(order, extname(order))}.xlsx`));
  const refused = await outputProblem(out, [order], values.force === true);
  if (refused) {
    io.stderr(`${refused}\n`);
    return 2;
  }
  const file = await readOrderFile(order);
  if (!file.ok) {
    io.stderr(`${file.message}\n`);
    return 2;
  }
  const read = readRoadmap({ name: tabNames.roadmap, values: file.grid }, year, 'UTC');
  for (const issue of read.issues) {
    if (counted.has(issue.code)) continue;
    const place = issue.row === null ? 'таблица приказа' : `строка ${issue.row} таблицы приказа`;
    io.stderr(`${place} — ${severityWord[issue.severity]}: ${formatIssue(issue)}\n`);
  }
  const items = read.roadmap.items;
  if (items.length === 0) {
    io.stderr(`В таблице приказа «${positionals[0]}» нет ни одного пункта со сроком: книга не записана.\n`);
    return 2;
  }
  const written = await writeWorkbookFile(out, [roadmapSheet(read.roadmap)]);
  if (!written.ok) {
    io.stderr(`${written.message}\n`);
    return 2;
  }
  const count = (code: string) => read.issues.filter((issue) => issue.code === code).length;
  const errors = read.issues.filter((issue) => issue.severity === 'error').length;
  if (values.json) {
    const json: ImportRoadmapDocument = {
      ...roadmapJson(read.roadmap, todayOf(io)),
      source: 'order',
      order: positionals[0] ?? '',
      out,
      issues: read.issues.map(issueJson),
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const events = items.filter((item) => item.kind === 'мероприятие').length;
    const committee = items.filter((item) => item.reporters.length === 0).length;
    io.stdout(
      [
        `Дорожная карта из «${positionals[0]}», учебный год ${schoolYearLabel(year)}: пунктов — ${items.length} (мероприятий — ${events}, пунктов комитета — ${committee}).`,
        `Строк без номера пронумеровано: ${count('roadmap_item_numbered')}; по формулировке определено «Отчитываются» — ${count('roadmap_reporters_derived')}, «Вид» — ${count('roadmap_kind_derived')}: проверьте их на листе «${tabNames.roadmap}».`,
        errors > 0
          ? `Не прочитано строк и сроков: ${errors} (см. выше); такие пункты останутся без срока, пока их не исправить.`
          : 'Все строки и сроки прочитаны.',
        `Книга «${out}» записана. Дальше: npx profkarta template --orgs ОРГАНИЗАЦИИ.csv --out КНИГА.xlsx --school-year ${year.start} --roadmap "${out}"`,
        '',
      ].join('\n'),
    );
  }
  return errors > 0 ? 1 : 0;
};

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      'school-year': { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
      force: { type: 'boolean' },
    },
  });
}
