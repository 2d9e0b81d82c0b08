import type { Thresholds } from '../directory/settings';
import { indicatorCatalogue, indicatorKeys } from './indicator-catalogue';

/**
 * The Russian name of an indicator, from the catalogue, as the summary, `История` and the report
 * show it; null for a key the catalogue does not have (a row of `История` from another version).
 * A name that speaks of a threshold takes it from the thresholds in force (`Настройки`); without
 * them (`История`, whose rows span changes of the settings; the email) it names no number.
 *
 * @param indicator - the indicator's key
 * @param thresholds - the thresholds in force, when the name is for this build's figures
 * @example indicatorLabel('trainedAtHigherLevels', { ...defaultThresholds, training: 72 }) // 'Есть педагог с КПК не менее 72 ч (основной и продвинутый уровни)'
 */
export function indicatorLabel(indicator: string, thresholds?: Thresholds): string | null {
  if (indicator === 'trainedAtHigherLevels' && thresholds) {
    return `Есть педагог с КПК не менее ${thresholds.training} ч (основной и продвинутый уровни)`;
  }
  const key = indicatorKeys().find((k) => k === indicator);
  return key ? indicatorCatalogue[key].label : null;
}
