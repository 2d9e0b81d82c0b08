import type { RecommendationLine } from '../form/render-org-tab';
import { maxRecommendations } from './recommend';
import type { Recommendation } from './recommendation';

/**
 * The lines of an organisation's section 7 from its recommendations: by priority, at most
 * `maxRecommendations`, and each with a code of its own, since the decisions a school records are
 * kept by code (several overdue items share the rule's code, so those get the start of their text).
 *
 * @param recommendations - the organisation's recommendations
 * @example sectionSevenLines([{ org: 'SCH001', code: 'not_submitted', priority: 1, message: '…' }])
 * // [{ code: 'not_submitted', message: '…' }]
 */
export function sectionSevenLines(recommendations: readonly Recommendation[]): RecommendationLine[] {
  const lines = [...recommendations]
    .sort((a, b) => a.priority - b.priority)
    .slice(0, maxRecommendations)
    .map((r): RecommendationLine => ({ code: r.code, message: r.message }));
  const total = new Map<string, number>();
  for (const line of lines) total.set(line.code, (total.get(line.code) ?? 0) + 1);
  return lines.map((line) =>
    (total.get(line.code) ?? 0) > 1
      ? { code: `${line.code}:${line.message.slice(0, 40)}`, message: line.message }
      : line,
  );
}
