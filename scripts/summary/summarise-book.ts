import { outputTabNames, tabNames } from '../../core/grid/tab-names';
import { type CheckOptions, checkWorkbook } from '../../core/check/check-workbook';
import type { CheckReport } from '../../core/check/check-report';
import { tabKey } from '../../core/check/find-tab';
import type { IsoDate } from '../../core/dates/iso-date';
import { tabNameClash } from '../../core/directory/reserved-tab-names';
import { stateSheet } from '../../core/directory/state-sheet';
import type { SheetData, WorkbookData } from '../../core/grid/sheet-data';
import { formatIssue, formatIssues } from '../../core/issues/format-issue';
import { formatRuDate } from '../../core/dates/format-ru-date';
import type { Issue } from '../../core/issues/issue';
import { historySheet } from '../../core/history/history-sheet';
import { type JournalEntry, journalHeaders, journalRow } from '../../core/history/journal';
import { readHistory } from '../../core/history/read-history';
import { type BuildOutputs, buildOutputs } from '../../core/outputs/build-outputs';
import type { OutputSheet, OutValue } from '../../core/grid/output-sheet';
import { summaryHtml } from '../../core/report/summary-html';
import { withSummaryPictures } from '../../core/report/summary-pictures';
import { orgForms } from './org-forms';

export interface SummariseOptions extends CheckOptions {
  readonly generatedAt: { readonly date: IsoDate; readonly time: string };
  /** Who runs it, for `Журнал`. */
  readonly who: string;
}

export type Summarised =
  | { readonly ok: false; readonly message: string }
  | {
      readonly ok: true;
      readonly report: CheckReport;
      readonly outputs: BuildOutputs;
      /** Every tab to write into the copy: outputs, `История`, `Журнал`, `Состояние`, then each organisation tab with its section 7. */
      readonly sheets: readonly OutputSheet[];
      readonly html: string;
      /** Organisation tabs left as they were because writing them would have lost a value (one issue each). */
      readonly refused: readonly Issue[];
    };

/** A cell of an existing `Журнал` kept as it was: text stays text, a `Date` a date-time. */
function keptCell(cell: unknown): OutValue {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if (cell instanceof Date && !Number.isNaN(cell.getTime())) {
    const iso = cell.toISOString();
    return { kind: 'datetime', date: iso.slice(0, 10), time: iso.slice(11, 16) };
  }
  return String(cell);
}

/** `Журнал` with its old lines (below the header) and one more. */
function journalWith(existing: SheetData | undefined, entry: JournalEntry): OutputSheet {
  const old = (existing?.values ?? []).slice(1).map((row) => row.map(keptCell));
  const rows = [[...journalHeaders], ...old, journalRow(entry)];
  return {
    name: tabNames.journal,
    rows,
    format: {
      frozenRows: 1,
      bold: [{ row: 0, column: 0, columns: journalHeaders.length }],
      fills: [{ row: 0, column: 0, columns: journalHeaders.length, fill: 'header' }],
      columnWidths: [140, 200, 140, 360, 360],
    },
  };
}

/**
 * The whole «Собрать сводку» over a workbook in memory, as the .xlsx command and the demo run it:
 * check, outputs, `История` (old rows and this build's), `Состояние`, `Журнал`, each organisation tab
 * rendered again with its section 7 recommendations (entered values and decisions kept), and the
 * HTML report. `Сводка` carries the report's charts as pictures (exceljs cannot write charts).
 * A tab of the book named like an output but for the case or ё/е is refused with a message, never replaced.
 *
 * @param workbook - the book's tabs
 * @param options - today, report date, roadmap, time of the build, who runs it
 * @example summariseBook(workbook, { today: '2024-02-01', generatedAt, who: 'командная строка' })
 */
export function summariseBook(workbook: WorkbookData, options: SummariseOptions): Summarised {
  // A user's own «проверка» or «история» would be read as an output, then replaced or clash on write.
  const clash = tabNameClash(
    workbook.committee.map((s) => s.name),
    [...outputTabNames, tabNames.state, tabNames.lists],
  );
  if (clash) return { ok: false, message: formatIssue({ code: 'tab_name_clash', params: clash }, 'cli') };
  const checked = checkWorkbook(workbook, options);
  if (!checked.ok) return { ok: false, message: formatIssues(checked.refusal, 'cli') };
  const report = checked.report;
  const find = (name: string) => workbook.committee.find((s) => tabKey(s.name) === tabKey(name));
  const history = readHistory(find(tabNames.history), workbook.timeZone, workbook.dateSystem);
  const outputs = buildOutputs(report, {
    generatedAt: options.generatedAt,
    history,
    kind: 'build',
    cellUrl: () => null,
    charts: 'none',
    shell: 'cli',
  });
  const city = outputs.json.city;
  const forms = orgForms(report, outputs.recommendations, workbook.reports, workbook.timeZone, options.generatedAt);
  const entry: JournalEntry = {
    date: options.generatedAt.date,
    time: options.generatedAt.time,
    who: options.who,
    what: 'build',
    outcome: `по состоянию на ${formatRuDate(report.asOf)}: организаций — ${city.expected}, сдали ${city.submitted}, с ошибками ${city.withErrors}, не сдали ${city.empty + city.missing}`,
    failure: formatIssues(forms.refused, 'cli'),
  };
  // exceljs cannot write charts: `Сводка` carries the report's charts as pictures.
  const withPictures = (sheet: OutputSheet) =>
    sheet.name === tabNames.summary ? withSummaryPictures(sheet, outputs.json) : sheet;
  const sheets = [
    ...outputs.sheets.map(withPictures),
    historySheet([...history, ...outputs.historyAppend]),
    journalWith(find(tabNames.journal), entry),
    stateSheet(outputs.state),
    ...forms.forms,
  ];
  const html = summaryHtml(outputs.json, {
    generatedAt: options.generatedAt,
    previous: outputs.previous,
    thresholds: report.settings.thresholds,
  });
  return { ok: true, report, outputs, sheets, html, refused: forms.refused };
}
