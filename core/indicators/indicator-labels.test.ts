import { describe, expect, it } from 'vitest';
import { defaultThresholds } from '../directory/settings';
import { indicatorsShown } from './indicator-catalogue';
import { indicatorLabel } from './indicator-labels';

describe('indicatorLabel', () => {
  it('names the training threshold in force, not a number written once', () => {
    expect(indicatorLabel('trainedAtHigherLevels', defaultThresholds)).toBe(
      'Есть педагог с КПК не менее 36 ч (основной и продвинутый уровни)',
    );
    expect(indicatorLabel('trainedAtHigherLevels', { ...defaultThresholds, training: 72 })).toBe(
      'Есть педагог с КПК не менее 72 ч (основной и продвинутый уровни)',
    );
  });

  it('names no number where the thresholds are not given (История spans changes of the settings)', () => {
    expect(indicatorLabel('trainedAtHigherLevels')).not.toMatch(/\d/);
  });

  it('has a Russian name for every indicator kept in История', () => {
    for (const key of indicatorsShown('history')) expect(indicatorLabel(key)).toMatch(/^[А-ЯЁ]/);
  });
});
