import type { OutValue } from '../grid/output-sheet';
import type { EnteredDecision, EnteredValues } from './entered-values';
import { decisionsSection, recommendationCodeColumn } from './form-spec';
import { type TabLayout, tableBody, tableHeader } from './tab-layout';

/** A recommendation to write into section 7, with the stable key that keeps its decision. */
export interface RecommendationLine {
  /** `code` or `code:subject` (`item_overdue:3.2/1`), written in the hidden column H. */
  readonly key: string;
  readonly code: string;
  readonly message: string;
}

const baseCode = (key: string) => key.split(':')[0] ?? key;

/** The row a decision was recorded on before keys had subjects: same rule, same text (or its first 40 characters as the key). */
function legacyDecision(
  line: RecommendationLine,
  decisions: readonly EnteredDecision[],
  used: ReadonlySet<EnteredDecision>,
  current: ReadonlySet<string>,
): EnteredDecision | undefined {
  return decisions.find(
    (d) =>
      !used.has(d) &&
      d.key !== '' &&
      !current.has(d.key) &&
      baseCode(d.key) === line.code &&
      (d.values[0] === line.message || d.key === `${line.code}:${line.message.slice(0, 40)}`),
  );
}

/**
 * Section 7: the current recommendations, each with the decision and document the school recorded
 * under its key (or, before keys had subjects, on the same rule and text), then the rows a school
 * added and the decisions on recommendations that no longer apply; three blank rows.
 *
 * @param l - the tab
 * @param entered - the existing tab's values
 * @param recommendations - the current lines; omitted keeps the tab's own
 */
export function writeDecisions(l: TabLayout, entered: EnteredValues, recommendations?: readonly RecommendationLine[]) {
  const { b } = l;
  l.title(decisionsSection.title, entered.titles.get(decisionsSection.id));
  tableHeader(l, decisionsSection.columns, entered.headers.get(decisionsSection.id));
  const start = b.next;
  const line = (key: string, text: OutValue, kept: EnteredDecision | undefined) => {
    const row: OutValue[] = [text, kept?.values[1] ?? null, kept?.values[2] ?? null];
    while (row.length < recommendationCodeColumn) row.push(null);
    l.row([...row, key === '' ? null : key], kept);
  };
  if (recommendations) {
    const byKey = new Map<string, EnteredDecision>();
    for (const d of entered.decisions) if (d.key !== '' && !byKey.has(d.key)) byKey.set(d.key, d);
    const current = new Set(recommendations.map((r) => r.key));
    const used = new Set<EnteredDecision>();
    for (const r of recommendations) {
      const kept = byKey.get(r.key) ?? legacyDecision(r, entered.decisions, used, current);
      if (kept) used.add(kept);
      line(r.key, r.message, kept);
    }
    for (const d of entered.decisions) {
      if (used.has(d)) continue;
      const typed = d.key === '' ? d.values.some((v) => v !== null) : d.values[1] !== null || d.values[2] !== null;
      if (typed) line(d.key, d.values[0] ?? null, d);
    }
  } else {
    for (const d of entered.decisions) line(d.key, d.values[0] ?? null, d);
  }
  for (let i = 0; i < 3; i++) b.row([]);
  tableBody(b, decisionsSection.columns, start, b.next - start, new Map());
  b.wrap({ row: start, column: 0, rows: b.next - start });
}
