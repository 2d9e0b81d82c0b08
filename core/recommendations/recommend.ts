import type { OrgCheck } from '../check/check-report';
import type { IsoDate } from '../dates/iso-date';
import type { Thresholds } from '../directory/settings';
import type { responsibleSection } from '../form/form-spec';
import type { SpecKey } from '../form/spec-values';
import type { Profminimum } from '../form/submission';
import { cutText } from '../issues/cut-text';
import { levelCheck } from '../form/level-check';
import type { OrgPair } from '../indicators/org-pairs';
import { hasTrainedTeacher } from '../indicators/org-stats';
import { yearsBefore } from '../dates/years-before';
import { type Recommendation, recommendation } from './recommendation';
import type { ResponsibleWord } from './recommendation-catalogue';

/** At most this many recommendations per organisation (the most urgent first). */
export const maxRecommendations = 7;

type ResponsibleKey = SpecKey<typeof responsibleSection.fields>;

/** Section 2's fields as the recommendation names them. */
const responsibleWords: Readonly<Record<ResponsibleKey, ResponsibleWord>> = {
  fullName: { word: 'ФИО', gender: 'n' },
  position: { word: 'должность', gender: 'f' },
  phone: { word: 'телефон', gender: 'm' },
  email: { word: 'электронная почта', gender: 'f' },
  orderNumber: { word: 'номер приказа', gender: 'm' },
  orderDate: { word: 'дата приказа', gender: 'f' },
};

/** Longest item title quoted in a recommendation. */
const titleLength = 90;

/**
 * Covered and pupils 6–11 by the school's own counts (section 3), when all four are valid and no
 * band's covered passes its pupils; never the directory's ОО-1 counts, which the city's figure
 * caps by but which say nothing of whom this school left out.
 */
function ownCoverage(pm: Profminimum): { covered: number; pupils: number } | null {
  const { covered69, covered1011, pupils69, pupils1011 } = pm;
  if (covered69 === null || covered1011 === null || pupils69 === null || pupils1011 === null) return null;
  if (covered69 > pupils69 || covered1011 > pupils1011) return null;
  return { covered: covered69 + covered1011, pupils: pupils69 + pupils1011 };
}

/**
 * The recommendations that apply to one organisation, ordered by priority, at most 7.
 *
 * @param check - the organisation's check
 * @param pairs - its item windows with statuses
 * @param ctx - report date and thresholds
 * @example recommend(check, pairs, ctx)[0].message // 'Отчёт не заполнен: заполните лист организации.'
 */
export function recommend(
  check: OrgCheck,
  pairs: readonly OrgPair[],
  ctx: { readonly asOf: IsoDate; readonly thresholds: Thresholds },
): Recommendation[] {
  const code = check.org.code;
  const all: Recommendation[] = [];
  const sub = check.status === 'missing' || check.status === 'empty' ? null : check.submission;
  if (!sub) all.push(recommendation(code, 'not_submitted', { missing: check.status === 'missing' }));
  if (check.status === 'errors') {
    all.push(recommendation(code, 'has_errors', { errors: check.errors }));
  }
  for (const pair of pairs) {
    if (pair.status !== 'overdue' || !pair.window) continue;
    const item = pair.item.windows.length > 1 ? `${pair.item.id}/${pair.index}` : pair.item.id;
    all.push(
      recommendation(
        code,
        'item_overdue',
        { item, title: cutText(pair.item.title, titleLength), end: pair.window.end },
        item,
      ),
    );
  }
  if (sub) all.push(...submissionRecommendations(check, sub, ctx));
  // Stable sort: equal priorities keep the order above (overdue items in roadmap order).
  return all.sort((a, b) => a.priority - b.priority).slice(0, maxRecommendations);
}

function submissionRecommendations(
  check: OrgCheck,
  sub: NonNullable<OrgCheck['submission']>,
  ctx: { readonly asOf: IsoDate; readonly thresholds: Thresholds },
): Recommendation[] {
  const code = check.org.code;
  const out: Recommendation[] = [];
  // A field entered wrong is said to be wrong, never «not filled»; a person named is never «not appointed».
  const r = sub.responsible;
  const keys = Object.keys(responsibleWords) as ResponsibleKey[];
  const invalid = keys.filter((key) => r.invalid.includes(key));
  const missing = keys.filter((key) => r[key] === null && !r.invalid.includes(key));
  if (missing.includes('fullName')) out.push(recommendation(code, 'no_responsible', {}));
  else if (missing.length > 0 || invalid.length > 0) {
    out.push(
      recommendation(code, 'responsible_details', {
        missing: missing.map((key) => responsibleWords[key]),
        invalid: invalid.map((key) => responsibleWords[key]),
      }),
    );
  }

  const pm = check.org.type === 'ООО' ? sub.profminimum : null;
  if (check.org.type === 'ООО' && !pm?.level) out.push(recommendation(code, 'level_not_declared', {}));
  const level = levelCheck(pm, ctx.thresholds);
  if (level && level.totalHours < level.threshold) {
    out.push(
      recommendation(code, 'level_not_confirmed', {
        level: level.level,
        hours: level.totalHours,
        threshold: level.threshold,
      }),
    );
  }
  if (level && level.extracurricular < level.course) {
    out.push(recommendation(code, 'course_hours_short', { hours: level.extracurricular, course: level.course }));
  }
  const own = pm ? ownCoverage(pm) : null;
  if (own && own.covered < own.pupils) {
    out.push(
      recommendation(code, 'coverage_incomplete', {
        covered: own.covered,
        pupils: own.pupils,
        percent: Math.floor((own.covered / own.pupils) * 100),
      }),
    );
  }
  const higher = pm?.level === 'основной' || pm?.level === 'продвинутый' ? pm.level : null;
  if (higher && pm?.bvbRegistered === 0) out.push(recommendation(code, 'bvb_zero', { level: higher }));
  if (higher && !hasTrainedTeacher(sub.training, ctx.thresholds.training)) {
    out.push(recommendation(code, 'no_trained_teacher', { level: higher, hours: ctx.thresholds.training }));
  }
  if (higher && pm?.trials === 0) out.push(recommendation(code, 'no_trials', { level: higher }));

  const finished = sub.training.map((t) => t.finishedOn).filter((d): d is IsoDate => d !== null);
  const latest = finished.reduce<IsoDate | null>((a, b) => (a === null || b > a ? b : a), null);
  if (latest !== null && latest < yearsBefore(ctx.asOf, 3)) {
    out.push(recommendation(code, 'training_outdated', { date: latest }));
  }
  if (sub.training.length === 0 && !higher) out.push(recommendation(code, 'no_training', {}));
  if (sub.events.length === 0) out.push(recommendation(code, 'no_events', {}));
  return out;
}
