import { tabNames } from '../../../core/grid/tab-names';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { schoolYearLabel } from '../../../core/dates/school-year';
import { parseSchoolYear } from '../../../core/directory/parse-school-year';
import { defaultSettings } from '../../../core/directory/read-settings';
import { settingsSheet } from '../../../core/directory/settings-sheet';
import type { Issue } from '../../../core/issues/issue';
import { formatIssue } from '../../../core/issues/format-issue';
import { readRoadmap } from '../../../core/roadmap/read-roadmap';
import { roadmapJson } from '../../../core/roadmap/roadmap-json';
import type { ImportRoadmapDocument } from '../../../core/roadmap/roadmap-json-schema';
import { roadmapSheet } from '../../../core/roadmap/roadmap-sheet';
import { readOrderFile } from '../../order/read-order-file';
import { writeWorkbookFile } from '../../xlsx/write-workbook-file';
import { refuse } from '../cli-refusal';
import { committeeNow } from '../committee-clock';
import { defineCommand } from '../define-command';
import { shellQuote } from '../shell-quote';
import { assertFreeOutput, assertNotInput } from '../safe-output';

const severityWord = { error: 'ошибка', warning: 'предупреждение', info: 'к сведению' } as const;

// Derived values are many and all shown on the written tab: counted, not listed.
const counted = new Set(['roadmap_item_numbered', 'roadmap_reporters_derived', 'roadmap_kind_derived']);

function issueJson(issue: Issue): ImportRoadmapDocument['issues'][number] {
  return { row: issue.row, severity: issue.severity, code: issue.code, message: formatIssue(issue, 'cli') };
}

/**
 * `profkarta import-roadmap ORDER --school-year Y [--out ROADMAP.xlsx] [--json] [--force]`
 * (design §8, issue 11): reads the roadmap table of an order — a .docx, or the text copied
 * from it — with the same reader as the `Дорожная карта` tab (order headers, unnumbered rows
 * numbered, reporters and kinds derived from the wording), prints every row or phrase it could
 * not read, and writes a workbook whose `Дорожная карта` tab `template --roadmap` accepts, with
 * the school year in its `Настройки` (`Учебный год` alone), which `template --roadmap` and
 * `roadmap --book` take when `--school-year` is not given (by default beside the order, `ORDER.xlsx`). `--json` prints the `roadmap --json` shape.
 * Exit 0 when written; 1 when written but some rows or deadlines could not be read; 2 on bad
 * arguments, an unreadable order, an order with no item, or an output it may not write (the
 * order itself, or an existing file without `--force`).
 */
export const importRoadmapCommand = defineCommand({
  name: 'import-roadmap',
  synopsis: 'import-roadmap ПРИКАЗ.docx|ПРИКАЗ.txt --school-year 2024 [--out ДОРОЖНАЯ-КАРТА.xlsx] [--json] [--force]',
  summary: 'дорожная карта из таблицы приказа (.docx или скопированный текст) — книга для template --roadmap',
  details: [
    '  --school-year 2024  учебный год приказа (или 2024/2025)',
    '  --out ФАЙЛ.xlsx     куда записать (по умолчанию рядом с приказом, ПРИКАЗ.xlsx); существующий файл — только с --force',
    '  --json              дорожная карта одним JSON-документом на stdout (как roadmap --json)',
    '  --force             заменить существующий файл --out',
    'Код выхода: 0 — записано, 1 — записано, но часть строк или сроков не прочитана, 2 — не записано.',
  ],
  examples: ['npx profkarta import-roadmap приказ.txt --school-year 2024 --out дорожная-карта-2024.xlsx'],
  options: {
    'school-year': { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
    force: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1, what: 'один файл приказа' },
  run: async ({ values, positionals }, io) => {
    const given = positionals[0] ?? '';
    const order = resolve(io.cwd, given);
    const year = values['school-year'] === undefined ? null : parseSchoolYear(values['school-year']);
    if (year === null) {
      refuse(
        `Укажите учебный год приказа: --school-year 2024 (или 2024/2025)${values['school-year'] === undefined ? '' : `, а не «${values['school-year']}»`}.`,
      );
    }
    const out = values.out ?? join(dirname(given), `${basename(given, extname(given))}.xlsx`);
    assertNotInput(out, [given], io.cwd);
    await assertFreeOutput(out, values.force, io.cwd);
    const file = await readOrderFile(order, given);
    if (!file.ok) refuse(file.message);
    const read = readRoadmap({ name: tabNames.roadmap, values: file.grid }, year, 'UTC');
    for (const issue of read.issues) {
      if (counted.has(issue.code)) continue;
      const place = issue.row === null ? 'таблица приказа' : `строка ${issue.row} таблицы приказа`;
      io.stderr(`${place} — ${severityWord[issue.severity]}: ${formatIssue(issue, 'cli')}\n`);
    }
    const items = read.roadmap.items;
    if (items.length === 0) refuse(`В таблице приказа «${given}» нет ни одного пункта со сроком: книга не записана.`);
    const target = resolve(io.cwd, out);
    // The year goes with the roadmap: `template --roadmap` and `roadmap --book` take it from «Настройки».
    const sheets = [roadmapSheet(read.roadmap), settingsSheet(defaultSettings(year), ['schoolYear'])];
    const written = await writeWorkbookFile(target, sheets, { shownAs: out });
    if (!written.ok) refuse(written.message);
    const count = (code: string) => read.issues.filter((issue) => issue.code === code).length;
    const errors = read.issues.filter((issue) => issue.severity === 'error').length;
    if (values.json) {
      const json: ImportRoadmapDocument = {
        ...roadmapJson(read.roadmap, committeeNow(io.today).date),
        source: 'order',
        order: given,
        out: target,
        issues: read.issues.map(issueJson),
      };
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      const events = items.filter((item) => item.kind === 'мероприятие').length;
      const committee = items.filter((item) => item.reporters.length === 0).length;
      io.stdout(
        [
          `Дорожная карта из «${given}», учебный год ${schoolYearLabel(year)}: пунктов — ${items.length} (мероприятий — ${events}, пунктов комитета — ${committee}).`,
          `Строк без номера пронумеровано: ${count('roadmap_item_numbered')}; по формулировке определено «Отчитываются» — ${count('roadmap_reporters_derived')}, «Вид» — ${count('roadmap_kind_derived')}: проверьте их на листе «${tabNames.roadmap}».`,
          errors > 0
            ? `Не прочитано строк и сроков: ${errors} (см. выше); такие пункты останутся без срока, пока их не исправить.`
            : 'Все строки и сроки прочитаны.',
          `Книга «${target}» записана (учебный год ${schoolYearLabel(year)} — на листе «${tabNames.settings}»). Дальше: npx profkarta template --orgs ОРГАНИЗАЦИИ.csv --out КНИГА.xlsx --roadmap ${shellQuote(target)}`,
          '',
        ].join('\n'),
      );
    }
    return errors > 0 ? 1 : 0;
  },
});
