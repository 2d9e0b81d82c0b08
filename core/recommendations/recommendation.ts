import {
  type RecommendationCode,
  type RecommendationParams,
  recommendationCatalogue,
} from './recommendation-catalogue';

/** One recommendation to one organisation, its sentence made. */
export interface Recommendation {
  readonly org: string;
  readonly code: RecommendationCode;
  /** What the recommendation is about when a rule can apply several times (`item_overdue`: the item window, `3.2/1`). */
  readonly subject?: string;
  readonly priority: number;
  readonly message: string;
}

/**
 * A recommendation from its code and figures, through the catalogue.
 *
 * @param org - the organisation's code
 * @param code - the rule
 * @param params - its figures
 * @param subject - what it is about, for a rule that applies several times to one organisation
 * @example recommendation('S108', 'level_not_confirmed', { level: 'основной', hours: 52, threshold: 60 }).message
 * // 'Заявлен основной уровень, а в плане 52 ч при минимуме 60 ч.'
 */
export function recommendation<K extends RecommendationCode>(
  org: string,
  code: K,
  params: RecommendationParams[K],
  subject?: string,
): Recommendation {
  const entry = recommendationCatalogue[code];
  return {
    org,
    code,
    ...(subject === undefined ? {} : { subject }),
    priority: entry.priority,
    message: entry.message(params),
  };
}

/**
 * The stable key of a recommendation, by which section 7 keeps the decision a school records: the
 * code, and its subject when it has one (design §10: code + subject, never the message text).
 *
 * @param r - the recommendation
 * @example recommendationKey({ code: 'item_overdue', subject: '3.2/1' }) // 'item_overdue:3.2/1'
 */
export function recommendationKey(r: Pick<Recommendation, 'code' | 'subject'>): string {
  return r.subject === undefined ? r.code : `${r.code}:${r.subject}`;
}
