import type { CheckReport } from '../check/check-report';
import type { RoadmapItem } from '../roadmap/roadmap-item';

interface EventTotals {
  /** Organisations with at least one row of the event. */
  readonly orgs: number;
  readonly participants: number;
  readonly winners: number;
}

/** One event of the roadmap (or the rows matching none), city-wide and by district. */
export interface EventFigure {
  /** null: rows whose event matched no roadmap item. */
  readonly item: RoadmapItem | null;
  readonly city: EventTotals;
  /** Every district of the directory, in directory order, zeros included. */
  readonly districts: ReadonlyMap<string, EventTotals>;
}

interface Mutable {
  orgs: number;
  participants: number;
  winners: number;
}
const zero = (): Mutable => ({ orgs: 0, participants: 0, winners: 0 });

/**
 * Participation in the roadmap's events (form section 5), per event and district. Rows of a
 * missing or empty tab do not count; an invalid count counts as 0.
 *
 * @param report - the check
 * @example eventFigures(report)[0] // { item: 5.2.5.1, city: { orgs: 12, participants: 340, winners: 20 }, … }
 */
export function eventFigures(report: Pick<CheckReport, 'orgs' | 'roadmap'>): EventFigure[] {
  const districtNames = [...new Set(report.orgs.map((c) => c.org.district))];
  const items: (RoadmapItem | null)[] = [...report.roadmap.items.filter((i) => i.kind === 'мероприятие'), null];
  const byKey = new Map<string, { city: Mutable; districts: Map<string, Mutable> }>();
  for (const item of items) {
    byKey.set(item?.id ?? '', { city: zero(), districts: new Map(districtNames.map((d) => [d, zero()])) });
  }
  for (const { org, status, submission } of report.orgs) {
    if (status === 'missing' || status === 'empty' || !submission) continue;
    const seen = new Set<string>();
    for (const row of submission.events) {
      const key = row.itemId !== null && byKey.has(row.itemId) ? row.itemId : '';
      const figure = byKey.get(key);
      const district = figure?.districts.get(org.district);
      if (!figure || !district) continue;
      const first = !seen.has(key);
      seen.add(key);
      for (const totals of [figure.city, district]) {
        totals.orgs += first ? 1 : 0;
        totals.participants += row.participants ?? 0;
        totals.winners += row.winners ?? 0;
      }
    }
  }
  return items.map((item) => {
    const figure = byKey.get(item?.id ?? '') ?? { city: zero(), districts: new Map() };
    return { item, city: figure.city, districts: figure.districts };
  });
}
