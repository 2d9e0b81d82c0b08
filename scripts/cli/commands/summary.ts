import { resolve } from 'node:path';
import { formatRuDate } from '../../../core/dates/format-ru-date';
import type { SummaryJson } from '../../../core/outputs/summary-json-schema';
import { formatPercent } from '../../../core/report/format-figure';
import { summariseBook } from '../../summary/summarise-book';
import { writeWorkbookFile } from '../../xlsx/write-workbook-file';
import { issueLine } from '../cli-args';
import { refuse } from '../cli-refusal';
import { committeeNow } from '../committee-clock';
import { defineCommand } from '../define-command';
import { parseDateArgument } from '../parse-date-argument';
import { readBookArgument } from '../read-book-argument';
import { reportDateNotice } from '../report-date-notice';
import { assertFreeOutput, assertNotInput, writeFileAtomically } from '../safe-output';

/** `OUT.xlsx` → `OUT.html`. */
function htmlPathOf(out: string): string {
  return /\.xlsx$/i.test(out) ? out.replace(/\.xlsx$/i, '.html') : `${out}.html`;
}

/**
 * `profkarta summary BOOK.xlsx --out OUT.xlsx [--as-of DATE] [--json] [--force]` (design §8): the
 * check and every output tab written into a copy of the book, `История` appended, `Состояние`
 * updated, and `OUT.html`. The book is parsed once; neither output may be the book itself, and an
 * existing output is replaced only with `--force`. Exit 0 when written (whatever the schools'
 * errors), 2 when the book is unusable or an output may not be written.
 */
export const summaryCommand = defineCommand({
  name: 'summary',
  synopsis: 'summary КНИГА.xlsx --out СВОДКА.xlsx [--as-of ДАТА] [--json] [--force]',
  summary: 'проверка и все сводные листы в копии книги, плюс отчёт СВОДКА.html рядом с ней',
  details: [
    '  --out ФАЙЛ    копия книги со сводными листами (не сама КНИГА); рядом пишется ФАЙЛ.html',
    '  --as-of ДАТА  дата отчёта; по умолчанию «Дата отчёта» из «Настроек», иначе сегодня в Челябинске',
    '  --json        сводка одним JSON-документом на stdout',
    '  --force       заменить существующие СВОДКА.xlsx и СВОДКА.html',
    'Код выхода: 0 — записано (даже если в отчётах школ есть ошибки), 2 — книга непригодна.',
  ],
  examples: ['npx profkarta summary demo.xlsx --out сводка.xlsx'],
  options: {
    out: { type: 'string' },
    'as-of': { type: 'string' },
    json: { type: 'boolean' },
    force: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1, what: 'одну книгу и файл результата --out' },
  run: async ({ values, positionals }, io) => {
    const path = positionals[0] ?? '';
    const out = values.out;
    if (!out)
      refuse(
        `Укажите файл результата: --out СВОДКА.xlsx. Использование: npx profkarta ${summaryCommand.spec.synopsis}`,
      );
    const html = htmlPathOf(out);
    assertNotInput(out, [path], io.cwd);
    assertNotInput(html, [path], io.cwd);
    await assertFreeOutput(out, values.force, io.cwd);
    await assertFreeOutput(html, values.force, io.cwd);
    const asOf = values['as-of'] === undefined ? undefined : parseDateArgument(values['as-of']);
    const book = await readBookArgument(path, io.cwd);
    if (book.hasDrawings) {
      io.stderr(
        'Внимание: в книге есть диаграммы — в копии их не будет (библиотека xlsx их не сохраняет; рисунки сохраняются).\n',
      );
    }
    const now = committeeNow(io.today);
    const result = summariseBook(book.workbook, {
      today: now.date,
      ...(asOf ? { asOf } : {}),
      generatedAt: now,
      who: 'командная строка',
    });
    if (!result.ok) refuse(result.message);
    reportDateNotice(io, result.report);
    // A tab that could not be written without losing a value stays in the copy as it was.
    for (const issue of result.refused) io.stderr(`${issueLine(issue)}\n`);
    const written = await writeWorkbookFile(resolve(io.cwd, out), result.sheets, { base: book.excel, shownAs: out });
    if (!written.ok) refuse(written.message);
    await writeFileAtomically(resolve(io.cwd, html), result.html, html);
    if (values.json) {
      const json: SummaryJson = result.outputs.json;
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
      return 0;
    }
    const c = result.outputs.json.city;
    io.stdout(
      [
        `Сводка на ${formatRuDate(result.report.asOf)} записана: ${out}, ${html}`,
        `Организаций: ${c.expected}; сдали без ошибок: ${c.submitted}; с ошибками: ${c.withErrors}; не сдали: ${c.empty + c.missing}.`,
        `Охват профминимумом 6–11 классов: ${formatPercent(c.coverage.value)}; исполнение дорожной карты: ${formatPercent(c.roadmapDone.value)}; просрочено: ${c.overdue}.`,
        '',
      ].join('\n'),
    );
    return 0;
  },
});
