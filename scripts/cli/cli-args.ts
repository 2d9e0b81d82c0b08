import type { Issue } from '../../core/issues/issue';
import { formatIssue } from '../../core/issues/format-issue';
import { a1 } from '../../core/grid/a1';

/** A Russian sentence for what `parseArgs` refused. */
export function argsProblem(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const option = /'(-[^']*)'/.exec(text)?.[1];
  return option ? `Неизвестный или неполный параметр «${option}».` : 'Параметры команды не разобраны.';
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
