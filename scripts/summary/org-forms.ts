import { tabKey } from '../../core/check/find-tab';
import type { CheckReport } from '../../core/check/check-report';
import { renderOrgTab } from '../../core/form/render-org-tab';
import type { SheetData } from '../../core/grid/sheet-data';
import type { OutputSheet } from '../../core/outputs/output-sheet';
import type { Recommendation } from '../../core/recommendations/recommendation';
import { sectionSevenLines } from '../../core/recommendations/section-seven-lines';

/**
 * Each organisation tab present, rendered again with its section 7 («Рекомендации комитета»), as
 * «Собрать сводку» writes it: every value the school entered is kept, and so are the decisions it
 * recorded, by recommendation code. The tab keeps its name as found, so it is replaced in place.
 *
 * @param report - the check (organisations, roadmap, settings)
 * @param recommendations - per organisation code, from `buildOutputs`
 * @param reports - the tabs of the reports spreadsheet
 * @param timeZone - the zone of `Date` cells in `reports`
 * @example orgForms(report, outputs.recommendations, workbook.reports, workbook.timeZone)
 */
export function orgForms(
  report: CheckReport,
  recommendations: ReadonlyMap<string, readonly Recommendation[]>,
  reports: readonly SheetData[],
  timeZone: string,
): OutputSheet[] {
  const tabs = new Map(reports.map((s) => [tabKey(s.name), s]));
  const forms: OutputSheet[] = [];
  for (const check of report.orgs) {
    const existing = tabs.get(tabKey(check.org.code));
    if (!existing) continue;
    const lines = sectionSevenLines(recommendations.get(check.org.code) ?? []);
    const rendered = renderOrgTab(check.org, report.roadmap, report.settings, existing, lines, { timeZone });
    forms.push({ ...rendered, name: existing.name });
  }
  return forms;
}
