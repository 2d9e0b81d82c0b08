import type { Thresholds } from '../directory/settings';
import type { Level, PlannedHours, Profminimum } from '../form/submission';

/** Whether the declared level is backed by the planned hours. */
export interface LevelCheck {
  readonly level: Level;
  readonly totalHours: number;
  readonly threshold: number;
  readonly extracurricular: number;
  readonly course: number;
  readonly confirmed: boolean;
}

const hourKeys: readonly (keyof PlannedHours)[] = [
  'lessons',
  'extracurricular',
  'upbringing',
  'additional',
  'vocational',
  'parents',
];

/** The threshold of planned hours of a level. */
export function levelThreshold(level: Level, thresholds: Thresholds): number {
  if (level === 'базовый') return thresholds.basic;
  if (level === 'основной') return thresholds.main;
  return thresholds.advanced;
}

/**
 * Level confirmed: total planned hours ≥ the level's threshold and extracurricular hours ≥ the
 * course's. `null` when the level or any hour field is missing or invalid (the ООО does not count).
 *
 * @param profminimum - section 3 as read
 * @param thresholds - from `Настройки`
 * @example levelCheck(pm, defaultThresholds) // { level: 'основной', totalHours: 52, threshold: 60, confirmed: false, … }
 */
export function levelCheck(profminimum: Profminimum | null, thresholds: Thresholds): LevelCheck | null {
  if (!profminimum?.level) return null;
  let total = 0;
  for (const key of hourKeys) {
    const hours = profminimum.hours[key];
    if (hours === null) return null;
    total += hours;
  }
  const threshold = levelThreshold(profminimum.level, thresholds);
  const extracurricular = profminimum.hours.extracurricular ?? 0;
  return {
    level: profminimum.level,
    totalHours: total,
    threshold,
    extracurricular,
    course: thresholds.course,
    confirmed: total >= threshold && extracurricular >= thresholds.course,
  };
}
