import { isoDateInZone } from '../../core/dates/iso-date-in-zone';
import type { Issue } from '../../core/issues/issue';
import { formatIssue } from '../../core/issues/format-issue';
import { a1 } from '../../core/grid/a1';
import type { CliIo } from './cli-io';

/** The committee's zone (Chelyabinsk): «today» of every command, as in the spreadsheet (appsscript.json). */
export const committeeTimeZone = 'Asia/Yekaterinburg';

/** Whether a text is a real calendar date `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** A Russian sentence for what `parseArgs` refused. */
export function argsProblem(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const option = /'(-[^']*)'/.exec(text)?.[1];
  return option ? `Неизвестный или неполный параметр «${option}».` : 'Параметры команды не разобраны.';
}

/** Today in Chelyabinsk. */
export function todayOf(io: CliIo): string {
  return isoDateInZone(io.today, committeeTimeZone) ?? io.today.toISOString().slice(0, 10);
}

const severityWord = { error: 'ошибка', warning: 'предупреждение', info: 'к сведению' } as const;

/** One issue as a line, as the check report writes it: `Лист!B14 — ошибка: …`. */
export function issueLine(issue: Issue): string {
  const place =
    issue.row !== null && issue.column !== null
      ? `${issue.tab}!${a1(issue.row, issue.column)}`
      : issue.row !== null
        ? `${issue.tab}, строка ${issue.row}`
        : `лист «${issue.tab}»`;
  return `${place} — ${severityWord[issue.severity]}: ${formatIssue(issue)}`;
}
