import { tabNames } from '../grid/tab-names';
import type { CheckReport } from '../check/check-report';
import { type Recommendation, recommendationKey } from '../recommendations/recommendation';
import { byDistrict } from './levels-registry-sheet';
import type { Fill, OutputSheet, OutValue } from '../grid/output-sheet';
import { schoolText } from './school-text';
import { tableSheet } from './table-sheet';

/**
 * `Рекомендации` (item 4.1): per organisation its recommendations by priority, beside each the
 * decision and document the organisation recorded for that code in its section 7 (items 4.2, 4.3).
 *
 * @param report - the check
 * @param recommendations - by organisation code (`recommendAll`)
 * @param stampLine - the «Сформировано …» line
 * @example recommendationsSheet(report, recs, line).rows[2] // ['Калининский', 'S2', 'МБОУ …', 2, 'В отчёте 2 ошибки…', '', '']
 */
export function recommendationsSheet(
  report: CheckReport,
  recommendations: ReadonlyMap<string, readonly Recommendation[]>,
  stampLine: string,
): OutputSheet {
  const rows: OutValue[][] = [];
  const fills: { row: number; column: number; fill: Fill }[] = [];
  for (const check of byDistrict(report.orgs)) {
    const decisions = new Map((check.submission?.decisions ?? []).map((d) => [d.code, d]));
    for (const r of recommendations.get(check.org.code) ?? []) {
      const decision = decisions.get(recommendationKey(r));
      if (r.priority <= 2) fills.push({ row: rows.length, column: 3, fill: 'red' });
      rows.push([
        check.org.district,
        check.org.code,
        check.org.name,
        r.priority,
        r.message,
        schoolText(decision?.decision),
        schoolText(decision?.document),
      ]);
    }
  }
  return tableSheet({
    name: tabNames.recommendations,
    intro: [
      [stampLine],
      [`Рекомендаций: ${rows.length} · не более 7 на организацию, по убыванию важности (1 — самая важная)`],
    ],
    headers: ['Район', 'Код', 'Организация', 'Приоритет', 'Рекомендация', 'Принятое решение', 'Документ'],
    rows,
    widths: [140, 90, 300, 80, 480, 300, 220],
    textColumns: [1],
    wrapColumns: [2, 4, 5, 6],
    fills,
    frozenColumns: 2,
  });
}
