import type { OrgCheck } from '../check/check-report';
import type { IsoDate } from '../dates/iso-date';
import type { Thresholds } from '../directory/settings';
import type { Profminimum, Responsible } from '../form/submission';
import { levelCheck } from '../form/level-check';
import type { OrgPair } from '../indicators/org-pairs';
import { hasTrainedTeacher } from '../indicators/org-stats';
import { formatRuDate } from '../dates/format-ru-date';
import { type Recommendation, recommendation } from './recommendation';

/** At most this many recommendations per organisation (the most urgent first). */
export const maxRecommendations = 7;

const responsibleLabels: Readonly<Record<Exclude<keyof Responsible, 'row'>, string>> = {
  fullName: 'ФИО',
  position: 'должность',
  phone: 'телефон',
  email: 'электронная почта',
  orderNumber: 'номер приказа',
  orderDate: 'дата приказа',
};

const titleLength = 90;
const shortTitle = (title: string) => (title.length > titleLength ? `${title.slice(0, titleLength - 1)}…` : title);

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

/** Three years before a date: training older than this is outdated. */
function threeYearsBefore(date: IsoDate): IsoDate {
  return `${Number(date.slice(0, 4)) - 3}${date.slice(4)}`;
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
    all.push(recommendation(code, 'has_errors', { errors: check.errors, warnings: check.warnings }));
  }
  for (const pair of pairs) {
    if (pair.status !== 'overdue' || !pair.window) continue;
    const item = pair.item.windows.length > 1 ? `${pair.item.id}/${pair.index}` : pair.item.id;
    all.push(
      recommendation(
        code,
        'item_overdue',
        { item, title: shortTitle(pair.item.title), end: formatRuDate(pair.window.end) },
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
  const missingFields = (Object.keys(responsibleLabels) as (keyof typeof responsibleLabels)[])
    .filter((key) => sub.responsible[key] === null)
    .map((key) => responsibleLabels[key]);
  if (missingFields.length > 0) out.push(recommendation(code, 'no_responsible', { fields: missingFields.join(', ') }));

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
  if (latest !== null && latest < threeYearsBefore(ctx.asOf)) {
    out.push(recommendation(code, 'training_outdated', { date: formatRuDate(latest) }));
  }
  if (sub.training.length === 0 && !higher) out.push(recommendation(code, 'no_training', {}));
  if (sub.events.length === 0) out.push(recommendation(code, 'no_events', {}));
  return out;
}
