import { indicatorCatalogue, indicatorKeys } from './indicator-catalogue';

/**
 * The Russian name of an indicator, from the catalogue, as the summary, `История` and the report
 * show it; null for a key the catalogue does not have (a row of `История` from another version).
 *
 * @param indicator - the indicator's key
 * @example indicatorLabel('coverage') // 'Охват профминимумом, 6–11 классы'
 */
export function indicatorLabel(indicator: string): string | null {
  const key = indicatorKeys().find((k) => k === indicator);
  return key ? indicatorCatalogue[key].label : null;
}
