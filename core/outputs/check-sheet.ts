import { tabNames } from '../grid/tab-names';
import type { CheckReport } from '../check/check-report';
import { a1 } from '../grid/a1';
import type { Severity } from '../issues/issue';
import { formatIssue } from '../issues/format-issue';
import type { Shell } from '../issues/shell';
import type { Fill, OutputSheet, OutValue } from '../grid/output-sheet';
import { schoolText } from './school-text';
import { tableSheet } from './table-sheet';

/** A link to a cell of a tab, or null for plain text (the CLI has no spreadsheet to link to). */
export type CellUrl = (tab: string, a1: string) => string | null;

const severityLabels: Readonly<Record<Severity, string>> = {
  error: 'ошибка',
  warning: 'предупреждение',
  info: 'сведения',
};
const severityFills: Readonly<Record<Severity, Fill | null>> = { error: 'red', warning: 'yellow', info: null };

/**
 * `Проверка`: one row per issue (organisation, tab, cell — a link when `cellUrl` gives one —,
 * importance, the Russian message), totals at the top.
 *
 * @param report - the check
 * @param stampLine - the «Сформировано …» line
 * @param cellUrl - a cell's link, or null
 * @param shell - where the tab is read, for the messages' advice
 * @example checkSheet(report, line, () => null, 'cli').rows[3] // ['МБОУ «СОШ № 901 (демо)»', 'S901', 'B14', 'ошибка', 'Ожидается число…']
 */
export function checkSheet(report: CheckReport, stampLine: string, cellUrl: CellUrl, shell: Shell): OutputSheet {
  const names = new Map(report.orgs.map((c) => [c.org.code, c.org.name]));
  let errors = 0;
  let warnings = 0;
  const fills: { row: number; column: number; fill: Fill }[] = [];
  const rows = report.issues.map((issue, i): OutValue[] => {
    if (issue.severity === 'error') errors += 1;
    if (issue.severity === 'warning') warnings += 1;
    const fill = severityFills[issue.severity];
    if (fill) fills.push({ row: i, column: 3, fill });
    const range =
      issue.row === null ? '' : issue.column === null ? `${issue.row}:${issue.row}` : a1(issue.row, issue.column);
    // A whole row reads «строка 14», not the range notation `14:14`; the link still opens the row.
    const place = issue.row !== null && issue.column === null ? `строка ${issue.row}` : range;
    const url = range ? cellUrl(issue.tab, range) : null;
    return [
      issue.org ? (names.get(issue.org) ?? issue.org) : '',
      issue.tab,
      url ? { kind: 'link', url, text: place } : place,
      severityLabels[issue.severity],
      schoolText(formatIssue(issue, shell)),
    ];
  });
  const withErrors = report.orgs.filter((c) => c.status === 'errors').length;
  const missing = report.orgs.filter((c) => c.status === 'missing' || c.status === 'empty').length;
  return tableSheet({
    name: tabNames.check,
    intro: [
      [stampLine],
      [
        `Ошибок: ${errors} · предупреждений: ${warnings} · организаций с ошибками: ${withErrors} из ${report.orgs.length} · не сдали (лист пуст или отсутствует): ${missing}`,
      ],
    ],
    headers: ['Организация', 'Лист', 'Ячейка', 'Важность', 'Сообщение'],
    rows,
    widths: [300, 120, 80, 120, 560],
    textColumns: [1, 2],
    wrapColumns: [0, 4],
    fills,
  });
}
