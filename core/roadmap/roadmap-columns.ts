import { normalizeLabel } from '../values/normalize-label';

/** The name of the committee's roadmap tab (design §3). */
export const roadmapTabName = 'Дорожная карта';

export const roadmapFields = [
  'id',
  'section',
  'title',
  'period',
  'responsible',
  'result',
  'reporters',
  'kind',
  'status',
  'doneOn',
  'evidence',
] as const;
export type RoadmapField = (typeof roadmapFields)[number];

/** Headers of the tab in column order, with widths in pixels. */
export const roadmapColumns: Readonly<Record<RoadmapField, { readonly header: string; readonly width: number }>> = {
  id: { header: 'Пункт', width: 70 },
  section: { header: 'Раздел', width: 180 },
  title: { header: 'Мероприятие', width: 380 },
  period: { header: 'Срок', width: 150 },
  responsible: { header: 'Ответственные', width: 190 },
  result: { header: 'Результат', width: 300 },
  reporters: { header: 'Отчитываются', width: 120 },
  kind: { header: 'Вид', width: 110 },
  status: { header: 'Статус', width: 120 },
  doneOn: { header: 'Дата выполнения', width: 120 },
  evidence: { header: 'Подтверждение', width: 220 },
};

/** Without these the tab cannot be read as the roadmap. */
export const requiredRoadmapFields: readonly RoadmapField[] = ['id', 'title', 'period', 'reporters', 'kind'];

const byHeader = new Map<string, RoadmapField>(roadmapFields.map((f) => [normalizeLabel(roadmapColumns[f].header), f]));

/**
 * The field a header names, tolerant of case, spaces, ё/е, dashes and quotes.
 *
 * @param text - the header as written
 * @example roadmapFieldOfHeader(' СРОК ') // 'period'
 */
export function roadmapFieldOfHeader(text: string): RoadmapField | null {
  return byHeader.get(normalizeLabel(text)) ?? null;
}
