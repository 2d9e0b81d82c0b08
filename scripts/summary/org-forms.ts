import { orgIssuesByTab } from '../../core/check/org-issues-by-tab';
import { tabKey } from '../../core/check/find-tab';
import type { CheckReport } from '../../core/check/check-report';
import { cellMarks } from '../../core/form/cell-marks';
import { orgCheckLine } from '../../core/check/org-check-line';
import { checkResultCell, renderOrgTab } from '../../core/form/render-org-tab';
import type { IsoDate } from '../../core/dates/iso-date';
import type { Issue } from '../../core/issues/issue';
import type { SheetData } from '../../core/grid/sheet-data';
import type { OutputSheet, OutValue } from '../../core/grid/output-sheet';
import type { Recommendation } from '../../core/recommendations/recommendation';
import { sectionSevenLines } from '../../core/recommendations/section-seven-lines';

/**
 * Each organisation tab present, rendered again with its section 7 («Рекомендации комитета»), as
 * «Собрать сводку» writes it: every value the school entered is kept, and so are the decisions it
 * recorded, by recommendation code. The tab keeps its name as found, so it is replaced in place.
 * Like the add-on's check, the tab carries its check-result line and, at each problem cell, a note
 * with the messages and a red (error) or yellow (warning) fill, so a copy sent back to a school
 * shows what to correct.
 *
 * @param report - the check (organisations, roadmap, settings)
 * @param recommendations - per organisation code, from `buildOutputs`
 * @param reports - the tabs of the reports spreadsheet
 * @param timeZone - the zone of `Date` cells in `reports`
 * @param checkedAt - date and `HH:MM` of the build, for the check-result line
 * @example orgForms(report, outputs.recommendations, workbook.reports, workbook.timeZone, generatedAt)
 */
export function orgForms(
  report: CheckReport,
  recommendations: ReadonlyMap<string, readonly Recommendation[]>,
  reports: readonly SheetData[],
  timeZone: string,
  checkedAt: { readonly date: IsoDate; readonly time: string },
): OutputSheet[] {
  const tabs = new Map(reports.map((s) => [tabKey(s.name), s]));
  const issuesByTab = orgIssuesByTab(report.issues);
  const forms: OutputSheet[] = [];
  for (const check of report.orgs) {
    const existing = tabs.get(tabKey(check.org.code));
    if (!existing) continue;
    const lines = sectionSevenLines(recommendations.get(check.org.code) ?? []);
    const rendered = renderOrgTab(check.org, report.roadmap, report.settings, existing, lines, { timeZone });
    forms.push(marked({ ...rendered, name: existing.name }, check, issuesByTab.get(existing.name) ?? [], checkedAt));
  }
  return forms;
}

/** The tab with its check-result line, and a note and fill at each problem cell within it. */
function marked(
  tab: OutputSheet,
  check: CheckReport['orgs'][number],
  issues: readonly Issue[],
  at: { readonly date: IsoDate; readonly time: string },
): OutputSheet {
  const rows = tab.rows.map((row, r) => {
    if (r !== checkResultCell.row) return row;
    const cells: OutValue[] = [...row];
    cells[checkResultCell.column] = orgCheckLine(check, at.date, at.time);
    return cells;
  });
  // Issues point at the tab as read; cells past the rendered tab have nowhere to go.
  const marks = cellMarks(issues).filter((m) => m.row < rows.length);
  return {
    ...tab,
    rows,
    format: {
      ...tab.format,
      fills: [...(tab.format.fills ?? []), ...marks.map((m) => ({ row: m.row, column: m.column, fill: m.fill }))],
      notes: [...(tab.format.notes ?? []), ...marks.map((m) => ({ row: m.row, column: m.column, text: m.note }))],
    },
  };
}
