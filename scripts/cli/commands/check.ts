import { parseArgs } from 'node:util';
import { type CheckJson, checkJson } from '../../../core/check/check-json';
import { checkWorkbook } from '../../../core/check/check-workbook';
import { formatCheckText } from '../../../core/check/format-check-text';
import { argsProblem, todayOf } from '../cli-args';
import type { Command } from '../cli-io';
import { readBookArgument } from '../read-book-argument';

/**
 * `profkarta check BOOK.xlsx [--as-of DATE] [--json]` (design §8): the Russian report grouped
 * by organisation, or the JSON. Exit 0 without errors, 1 with errors, 2 when the book is unusable.
 */
export const checkCommand: Command = async (args, io) => {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    io.stderr(`${argsProblem(error)} Использование: npx profkarta check КНИГА.xlsx [--as-of ГГГГ-ММ-ДД] [--json]\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const path = positionals[0];
  if (!path || positionals.length > 1) {
    io.stderr('Укажите одну книгу: npx profkarta check КНИГА.xlsx [--as-of ГГГГ-ММ-ДД] [--json]\n');
    return 2;
  }
  const book = await readBookArgument(path, values['as-of'], io);
  if (!book) return 2;
  const { asOf } = book;
  const result = checkWorkbook(book.workbook, { today: todayOf(io), ...(asOf ? { asOf } : {}) });
  if (!result.ok) {
    io.stderr(`${result.message}\n`);
    return 2;
  }
  if (values.json) {
    const json: CheckJson = checkJson(result.report);
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else io.stdout(formatCheckText(result.report));
  return result.report.issues.some((i) => i.severity === 'error') ? 1 : 0;
};

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { 'as-of': { type: 'string' }, json: { type: 'boolean' } },
  });
}
