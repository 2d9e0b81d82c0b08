import { tabNames } from '../grid/tab-names';
import type { CheckReport } from '../check/check-report';
import { type Recommendation, recommendationKey } from '../recommendations/recommendation';
import { maxRecommendations } from '../recommendations/recommend';
import { byDistrict } from './levels-registry-sheet';
import type { Fill, OutputSheet, OutValue } from '../grid/output-sheet';
import { schoolText } from './school-text';
import { tableSheet } from './table-sheet';

/**
 * `Рекомендации` (item 4.1): per organisation its recommendations by priority, numbered 1–7 in
 * that order (the rule's priority orders them; the number is their place, so it never exceeds the
 * seven the header promises), beside each the decision and document the organisation recorded for
 * that code in its section 7 (items 4.2, 4.3). The most urgent (not submitted, errors) are red.
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
    for (const [place, r] of (recommendations.get(check.org.code) ?? []).entries()) {
      const decision = decisions.get(recommendationKey(r));
      if (r.priority <= 2) fills.push({ row: rows.length, column: 3, fill: 'red' });
      rows.push([
        check.org.district,
        check.org.code,
        check.org.name,
        place + 1,
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
      [
        `Рекомендаций: ${rows.length} · не более ${maxRecommendations} на организацию, по убыванию важности: № 1 — самая важная`,
      ],
    ],
    headers: ['Район', 'Код', 'Организация', '№', 'Рекомендация', 'Принятое решение', 'Документ'],
    rows,
    widths: [140, 90, 300, 80, 480, 300, 220],
    textColumns: [1],
    wrapColumns: [2, 4, 5, 6],
    fills,
    frozenColumns: 2,
  });
}
