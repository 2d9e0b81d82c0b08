import type { SchoolYear } from '../dates/school-year';
import { builtinHeadings, builtinRows, builtinSections } from './builtin-roadmap-data';
import { parsePeriod } from './parse-period';
import { deriveKind, deriveReporters } from './reporter-rules';
import type { Roadmap, RoadmapItem } from './roadmap-item';
import { splitResponsible } from './split-responsible';

/** The school year the built-in roadmap was written for. */
export const builtinSchoolYear: SchoolYear = { start: 2023 };

function parentId(id: string): string {
  return id.split('.').slice(0, -1).join('.');
}

/**
 * The roadmap of order No. 1828-у for the 2023/2024 school year: every item with its section,
 * deadline as written and its windows, responsible bodies, result, kind and reporters.
 * A new object each call, so a caller may not change another's.
 *
 * @example builtinRoadmap().items.find((i) => i.id === '3.2')?.windows.length // 2
 */
export function builtinRoadmap(): Roadmap {
  // Made on each call, not on loading: the add-on unpacks the order's text only when it is needed.
  const titles = new Map<string, string>([
    ...builtinSections.map((s) => [s.id, s.title] as const),
    ...builtinHeadings.map((h) => [h.id, h.title] as const),
    ...builtinRows.map((r) => [r.id, r.title] as const),
  ]);
  const items = builtinRows.map((row): RoadmapItem => {
    const sectionId = row.id.split('.')[0] ?? '';
    const responsible = splitResponsible(row.responsible);
    const derived = deriveReporters(row.title, responsible);
    const parsed = parsePeriod(row.period, builtinSchoolYear);
    return {
      id: row.id,
      section: `${sectionId} ${titles.get(sectionId) ?? ''}`,
      title: row.title,
      period: row.period,
      windows: parsed.ok ? parsed.windows : [],
      responsible,
      result: row.result,
      kind: deriveKind(titles.get(parentId(row.id)) ?? '', derived),
      reporters: derived.reporters,
    };
  });
  return { schoolYear: builtinSchoolYear, items };
}
