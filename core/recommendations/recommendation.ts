import {
  type RecommendationCode,
  type RecommendationParams,
  recommendationCatalogue,
} from './recommendation-catalogue';

/** One recommendation to one organisation, its sentence made. */
export interface Recommendation {
  readonly org: string;
  readonly code: RecommendationCode;
  readonly priority: number;
  readonly message: string;
}

/**
 * A recommendation from its code and figures, through the catalogue.
 *
 * @param org - the organisation's code
 * @param code - the rule
 * @param params - its figures
 * @example recommendation('S108', 'level_not_confirmed', { level: 'основной', hours: 52, threshold: 60 }).message
 * // 'Заявлен основной уровень, а в плане 52 ч при минимуме 60 ч.'
 */
export function recommendation<K extends RecommendationCode>(
  org: string,
  code: K,
  params: RecommendationParams[K],
): Recommendation {
  const entry = recommendationCatalogue[code];
  return { org, code, priority: entry.priority, message: entry.message(params) };
}
