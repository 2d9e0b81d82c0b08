import { type CheckJson, checkJson } from '../../../core/check/check-json';
import { checkWorkbook } from '../../../core/check/check-workbook';
import { formatCheckText } from '../../../core/check/format-check-text';
import { formatIssues } from '../../../core/issues/format-issue';
import { committeeNow } from '../committee-clock';
import { refuse } from '../cli-refusal';
import { defineCommand } from '../define-command';
import { parseDateArgument } from '../parse-date-argument';
import { readBookArgument } from '../read-book-argument';
import { reportDateNotice } from '../report-date-notice';

/**
 * `profkarta check BOOK.xlsx [--as-of DATE] [--json]` (design §8): the Russian report grouped
 * by organisation, or the JSON. Exit 0 without errors, 1 with errors, 2 when the book is unusable.
 */
export const checkCommand = defineCommand({
  name: 'check',
  synopsis: 'check КНИГА.xlsx [--as-of ДАТА] [--json]',
  summary: 'проверка листов комитета и каждого листа организации',
  details: [
    '  --as-of ДАТА  дата отчёта; по умолчанию «Дата отчёта» из «Настроек», иначе сегодня в Челябинске',
    '  --json        один JSON-документ на stdout',
    'Код выхода: 0 — ошибок нет, 1 — есть ошибки, 2 — книга непригодна.',
  ],
  examples: ['npx profkarta check demo.xlsx', 'npx profkarta check demo.xlsx --as-of 01.02.2024 --json'],
  options: { 'as-of': { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1, what: 'одну книгу' },
  run: async ({ values, positionals }, io) => {
    const asOf = values['as-of'] === undefined ? undefined : parseDateArgument(values['as-of']);
    const book = await readBookArgument(positionals[0] ?? '', io.cwd);
    const today = committeeNow(io.today).date;
    const result = checkWorkbook(book.workbook, { today, ...(asOf ? { asOf } : {}) });
    if (!result.ok) refuse(formatIssues(result.refusal, 'cli'));
    const { report } = result;
    reportDateNotice(io, report);
    if (values.json) {
      const json: CheckJson = checkJson(report);
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    } else io.stdout(formatCheckText(report));
    return report.issues.some((i) => i.severity === 'error') ? 1 : 0;
  },
});
