import type { RecommendationLine } from '../form/render-org-tab';
import { maxRecommendations } from './recommend';
import { type Recommendation, recommendationKey } from './recommendation';

/**
 * The lines of an organisation's section 7 from its recommendations: by priority, at most
 * `maxRecommendations`, each with its stable key (`recommendationKey`: code + subject), by which
 * the decision a school records stays with its recommendation whatever else changes.
 *
 * @param recommendations - the organisation's recommendations
 * @example sectionSevenLines([{ org: 'SCH001', code: 'item_overdue', subject: '1.2', priority: 4, message: '…' }])
 * // [{ key: 'item_overdue:1.2', code: 'item_overdue', message: '…' }]
 */
export function sectionSevenLines(recommendations: readonly Recommendation[]): RecommendationLine[] {
  const seen = new Set<string>();
  return [...recommendations]
    .sort((a, b) => a.priority - b.priority)
    .slice(0, maxRecommendations)
    .map((r): RecommendationLine => {
      let key = recommendationKey(r);
      // A rule that gave the same subject twice is a bug upstream; its lines still keep apart.
      for (let n = 2; seen.has(key); n++) key = `${recommendationKey(r)}#${n}`;
      seen.add(key);
      return { key, code: r.code, message: r.message };
    });
}
