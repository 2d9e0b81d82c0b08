import type { SummaryJson } from '../../../core/outputs/summary-json-schema';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatPercent } from '../../../core/report/format-figure';
import { summariseBook } from '../../summary/summarise-book';
import { writeWorkbookFile } from '../../xlsx/write-workbook-file';
import type { CliIo, Command } from '../cli-io';
import { readBookArgument } from '../read-book-argument';
import { argsProblem, issueLine, todayOf } from '../cli-args';

const usage = 'npx profkarta summary КНИГА.xlsx --out СВОДКА.xlsx [--as-of ГГГГ-ММ-ДД] [--json]';

/** The local time `HH:MM` of this machine, for «Сформировано …». */
export function clockOf(io: CliIo): string {
  return `${String(io.today.getHours()).padStart(2, '0')}:${String(io.today.getMinutes()).padStart(2, '0')}`;
}

/** `OUT.xlsx` → `OUT.html`. */
export function htmlPathOf(out: string): string {
  return /\.xlsx$/i.test(out) ? out.replace(/\.xlsx$/i, '.html') : `${out}.html`;
}

/**
 * `profkarta summary BOOK.xlsx --out OUT.xlsx [--as-of DATE] [--json]` (design §8): the check and
 * every output tab written into a copy of the book, `История` appended, `Состояние` updated, and
 * `OUT.html`. Exit 0 when written (whatever the schools' errors), 2 when the book is unusable.
 */
export const summaryCommand: Command = async (args, io) => {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    io.stderr(`${argsProblem(error)} Использование: ${usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const path = positionals[0];
  const out = values.out;
  if (!path || positionals.length > 1 || !out) {
    io.stderr(`Укажите одну книгу и файл результата: ${usage}\n`);
    return 2;
  }
  const file = await readBookArgument(path, values['as-of'], io);
  if (!file) return 2;
  const { asOf } = file;
  if (file.hasDrawings) {
    io.stderr(
      'Внимание: в книге есть диаграммы или рисунки — в копии их не будет (библиотека xlsx их не сохраняет).\n',
    );
  }
  const today = todayOf(io);
  const result = summariseBook(file.workbook, {
    today,
    ...(asOf ? { asOf } : {}),
    generatedAt: { date: today, time: clockOf(io) },
    who: 'командная строка',
  });
  if (!result.ok) {
    io.stderr(`${result.message}\n`);
    return 2;
  }
  // A tab that could not be written without losing a value stays in the copy as it was.
  for (const issue of result.refused) io.stderr(`${issueLine(issue)}\n`);
  const written = await writeWorkbookFile(out, result.sheets, { base: path });
  if (!written.ok) {
    io.stderr(`${written.message}\n`);
    return 2;
  }
  const html = htmlPathOf(out);
  await writeFile(html, result.html, 'utf8');
  if (values.json) {
    const json: SummaryJson = result.outputs.json;
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const c = result.outputs.json.city;
  io.stdout(
    [
      `Сводка на ${result.report.asOf} записана: ${out}, ${html}`,
      `Организаций: ${c.expected}; сдали без ошибок: ${c.submitted}; с ошибками: ${c.withErrors}; не сдали: ${c.empty + c.missing}.`,
      `Охват профминимумом 6–11 классов: ${formatPercent(c.coverage.value)}; исполнение дорожной карты: ${formatPercent(c.roadmapDone.value)}; просрочено: ${c.overdue}.`,
      '',
    ].join('\n'),
  );
  return 0;
};

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { out: { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean' } },
  });
}
