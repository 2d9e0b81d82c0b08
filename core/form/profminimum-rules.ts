import type { Severity } from '../issues/issue';
import type { ParamsArgs } from '../issues/issue-code';
import type { FormIssueCode } from '../issues/form-issue-codes';
import type { FormReader } from './form-reader';
import { courseMet, levelCheck } from './level-check';
import { profminimumSection } from './form-spec';
import type { ScalarValues } from './read-scalars';
import type { SpecKey } from './spec-values';
import type { Profminimum, TrainingRow } from './submission';

/**
 * Cross-field rules of section 3 (design §5): covered ≤ pupils per band; «Билет в будущее»,
 * diagnostics, trials ≤ pupils 6–11; the declared level confirmed by the planned hours and
 * the 34-hour course; основной/продвинутый need «Билет в будущее» and a trained teacher
 * (warnings at the level cell); pupils differing from ОО-1 by more than 5 % (warning).
 * Returns the section with the values that break a rule set to null.
 *
 * @param reader - the tab being read
 * @param scalars - section 3 as read
 * @param profminimum - section 3 before the rules
 * @param training - section 6
 */
export function applyProfminimumRules(
  reader: FormReader,
  scalars: ScalarValues<typeof profminimumSection.fields>,
  profminimum: Profminimum,
  training: readonly TrainingRow[],
): Profminimum {
  const { org, settings } = reader.ctx;
  const cell = (key: SpecKey<typeof profminimumSection.fields>) => scalars.cells.get(key);
  const add = <C extends FormIssueCode>(
    key: SpecKey<typeof profminimumSection.fields>,
    code: C,
    severity: Severity,
    ...params: ParamsArgs<C>
  ) => {
    const at = cell(key);
    if (at) reader.add(at.row, at.column, code, severity, ...params);
  };
  let result: Profminimum = profminimum;
  const bands = [
    ['covered69', 'pupils69', '6–9'],
    ['covered1011', 'pupils1011', '10–11'],
  ] as const;
  for (const [covered, pupils, band] of bands) {
    const c = result[covered];
    const p = result[pupils];
    if (c !== null && p !== null && c > p) {
      add(covered, 'form_covered_exceeds_pupils', 'error', { covered: c, pupils: p, band });
      result = { ...result, [covered]: null };
    }
  }
  const pupils611 = result.pupils69 !== null && result.pupils1011 !== null ? result.pupils69 + result.pupils1011 : null;
  for (const key of ['bvbRegistered', 'diagnostics', 'trials'] as const) {
    const v = result[key];
    if (v !== null && pupils611 !== null && v > pupils611) {
      // The field's label as the form declares it.
      const label = profminimumSection.fields.find((f) => f.key === key)?.label ?? key;
      add(key, 'form_count_exceeds_pupils', 'error', { label, value: v, pupils: pupils611 });
      result = { ...result, [key]: null };
    }
  }
  const oo1 = [
    ['pupils69', org.pupils69, '6–9'],
    ['pupils1011', org.pupils1011, '10–11'],
  ] as const;
  for (const [key, official, band] of oo1) {
    const v = result[key];
    if (v !== null && official !== null && Math.abs(v - official) > official * 0.05) {
      add(key, 'form_pupils_differ_oo1', 'warning', { value: v, oo1: official, band });
    }
  }
  const level = result.level;
  if (level !== null) {
    const { thresholds } = settings;
    const check = levelCheck(result, thresholds);
    if (check && !check.hoursMet) {
      add('level', 'form_level_hours_short', 'warning', {
        level,
        hours: round(check.totalHours),
        threshold: check.threshold,
      });
    }
    const extra = result.hours.extracurricular;
    if (extra !== null && !courseMet(extra, thresholds)) {
      add('level', 'form_level_course_short', 'warning', { hours: round(extra), course: thresholds.course });
    }
    if (level !== 'базовый') {
      if (result.bvbRegistered === 0) add('level', 'form_level_needs_bvb', 'warning', { level });
      const trained = training.some((t) => t.hours !== null && t.hours >= settings.thresholds.training);
      if (!trained)
        add('level', 'form_level_needs_trained', 'warning', { level, threshold: settings.thresholds.training });
    }
  }
  return result;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
