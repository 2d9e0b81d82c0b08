import type { Issue } from '../../core/issues/issue';
import { formatIssue } from '../../core/issues/format-issue';
import { placeText } from '../../core/issues/place-text';

/** A Russian sentence for what `parseArgs` refused. */
export function argsProblem(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const option = /'(-[^']*)'/.exec(text)?.[1];
  return option ? `Неизвестный или неполный параметр «${option}».` : 'Параметры команды не разобраны.';
}

const severityWord = { error: 'ошибка', warning: 'предупреждение', info: 'к сведению' } as const;

/** One issue as a line, as the check report writes it: `лист «Организации», ячейка B14 — ошибка: …`. */
export function issueLine(issue: Issue): string {
  return `${placeText(issue)} — ${severityWord[issue.severity]}: ${formatIssue(issue, 'cli')}`;
}
