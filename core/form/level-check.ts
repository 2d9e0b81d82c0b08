import type { Thresholds } from '../directory/settings';
import type { Level } from './form-spec';
import type { PlannedHours, Profminimum } from './submission';

/** Whether the declared level is backed by the planned hours (design §5, «Level confirmed»). */
export interface LevelCheck {
  readonly level: Level;
  /** Σ of the six planned-hours fields, per pupil per year. */
  readonly totalHours: number;
  /** The level's minimum (`Часов: базовый` / `основной` / `продвинутый`, 40 / 60 / 80 by default). */
  readonly threshold: number;
  readonly extracurricular: number;
  /** The course «Россия — мои горизонты» (34 h by default). */
  readonly course: number;
  /** `totalHours ≥ threshold`. */
  readonly hoursMet: boolean;
  /** `extracurricular ≥ course`. */
  readonly courseMet: boolean;
  /** Both. */
  readonly confirmed: boolean;
}

/** Hours are compared to 1/1,000,000 h: typed `12,1` and `27,9` make exactly 40. */
const precision = 1e6;

function exact(hours: number): number {
  return Math.round(hours * precision) / precision;
}

/**
 * The threshold of planned hours of a level.
 *
 * @param level - the declared level
 * @param thresholds - from `Настройки`
 * @example levelThreshold('основной', defaultThresholds) // 60
 */
function levelThreshold(level: Level, thresholds: Thresholds): number {
  if (level === 'базовый') return thresholds.basic;
  if (level === 'основной') return thresholds.main;
  return thresholds.advanced;
}

/**
 * The total of the planned hours, or null when any of them is missing or invalid.
 *
 * @param hours - section 3's `Часов: …` fields
 * @example plannedHoursTotal({ lessons: 12.5, extracurricular: 34, upbringing: 10, additional: 5, vocational: 0, parents: 4 }) // 65.5
 */
function plannedHoursTotal(hours: PlannedHours): number | null {
  let total = 0;
  for (const value of Object.values(hours)) {
    if (value === null) return null;
    total += value;
  }
  return exact(total);
}

/**
 * The extracurricular course rule alone: `Часов: внеурочная деятельность` ≥ the course's hours.
 *
 * @param extracurricular - planned extracurricular hours
 * @param thresholds - from `Настройки`
 * @example courseMet(34, defaultThresholds) // true
 */
export function courseMet(extracurricular: number, thresholds: Thresholds): boolean {
  return exact(extracurricular) >= thresholds.course;
}

/**
 * The one rule of level confirmation, used by the check (warnings at the level cell), the
 * indicators, `Реестр уровней` and the recommendations: total planned hours ≥ the level's
 * threshold and extracurricular hours ≥ the course's. `null` when the level or any hour field is
 * missing or invalid (the ООО does not count).
 *
 * @param profminimum - section 3 as read
 * @param thresholds - from `Настройки`
 * @example levelCheck(pm, defaultThresholds) // { level: 'основной', totalHours: 52, threshold: 60, confirmed: false, … }
 */
export function levelCheck(profminimum: Profminimum | null, thresholds: Thresholds): LevelCheck | null {
  if (!profminimum?.level) return null;
  const total = plannedHoursTotal(profminimum.hours);
  if (total === null) return null;
  const threshold = levelThreshold(profminimum.level, thresholds);
  const extracurricular = profminimum.hours.extracurricular ?? 0;
  const hoursMet = total >= threshold;
  const course = courseMet(extracurricular, thresholds);
  return {
    level: profminimum.level,
    totalHours: total,
    threshold,
    extracurricular,
    course: thresholds.course,
    hoursMet,
    courseMet: course,
    confirmed: hoursMet && course,
  };
}
