import { orgIssuesByTab } from '../../core/check/org-issues-by-tab';
import { tabKey } from '../../core/check/find-tab';
import type { CheckReport } from '../../core/check/check-report';
import { cellMarks } from '../../core/form/cell-marks';
import { orgCheckLine } from '../../core/check/org-check-line';
import { issuesAsWritten } from '../../core/form/issues-as-written';
import { planOrgTab } from '../../core/form/plan-org-tab';
import type { IsoDate } from '../../core/dates/iso-date';
import type { Issue } from '../../core/issues/issue';
import type { SheetData } from '../../core/grid/sheet-data';
import type { OutputSheet } from '../../core/grid/output-sheet';
import type { Recommendation } from '../../core/recommendations/recommendation';
import { sectionSevenLines } from '../../core/recommendations/section-seven-lines';

/** The organisation tabs of the copy, and the tabs left as they were because writing them was refused. */
export interface OrgForms {
  readonly forms: OutputSheet[];
  /** One issue per refused tab (`form_write_refused_…`), naming it. */
  readonly refused: Issue[];
}

/**
 * Each organisation tab present, rendered again with its section 7 («Рекомендации комитета»), as
 * «Собрать сводку» writes it, through `planOrgTab`: every value the school entered is kept (read
 * where it stands, or in «Перенесённые значения» with its old address), and so are the decisions it
 * recorded, by recommendation key. The tab keeps its name as found, so it is replaced in place. Like
 * the add-on's check, the tab carries its check-result line and, at each problem cell of the tab as
 * written, a note with the messages and a red (error) or yellow (warning) fill. A tab whose write is
 * refused is not in `forms` (the copy keeps it as it was) and its issue is in `refused`.
 *
 * @param report - the check (organisations, roadmap, settings)
 * @param recommendations - per organisation code, from `buildOutputs`
 * @param reports - the tabs of the reports spreadsheet
 * @param timeZone - the zone of `Date` cells in `reports`
 * @param checkedAt - date and `HH:MM` of the build, for the check-result line
 * @example orgForms(report, outputs.recommendations, workbook.reports, workbook.timeZone, generatedAt).forms
 */
export function orgForms(
  report: CheckReport,
  recommendations: ReadonlyMap<string, readonly Recommendation[]>,
  reports: readonly SheetData[],
  timeZone: string,
  checkedAt: { readonly date: IsoDate; readonly time: string },
): OrgForms {
  const tabs = new Map(reports.map((s) => [tabKey(s.name), s]));
  const issuesByTab = orgIssuesByTab(report.issues);
  const forms: OutputSheet[] = [];
  const refused: Issue[] = [];
  for (const check of report.orgs) {
    const existing = tabs.get(tabKey(check.org.code));
    if (!existing) continue;
    const written = planOrgTab({
      org: check.org,
      roadmap: report.roadmap,
      settings: report.settings,
      existing,
      recommendations: sectionSevenLines(recommendations.get(check.org.code) ?? []),
      checkLine: orgCheckLine(check, checkedAt.date, checkedAt.time, report.asOf),
      timeZone,
      scope: 'whole',
    });
    if (!written.ok) {
      refused.push(written.issue);
      continue;
    }
    const { plan } = written;
    const tab = { ...plan.sheet, name: existing.name };
    forms.push(withCellMarks(tab, issuesAsWritten(issuesByTab.get(existing.name) ?? [], plan)));
  }
  return { forms, refused };
}

/**
 * The tab with a note and a fill at each problem cell (`cellMarks`), as a check leaves them.
 *
 * @param tab - the organisation tab about to be written
 * @param issues - its issues at their cells in `tab` (1-based)
 * @example withCellMarks(tab, issues).format.notes // [{ row: 22, column: 1, text: 'Профкарта: Ошибка: …' }]
 */
export function withCellMarks(tab: OutputSheet, issues: readonly Issue[]): OutputSheet {
  const marks = cellMarks(issues, 'cli').filter((m) => m.row < tab.rows.length);
  return {
    ...tab,
    format: {
      ...tab.format,
      fills: [...(tab.format.fills ?? []), ...marks.map((m) => ({ row: m.row, column: m.column, fill: m.fill }))],
      notes: [...(tab.format.notes ?? []), ...marks.map((m) => ({ row: m.row, column: m.column, text: m.note }))],
    },
  };
}
