import { normalizeLabel } from '../values/normalize-label';

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

/** Without these the tab cannot be read as the roadmap; `Отчитываются` and `Вид`, when absent, are derived. */
export const requiredRoadmapFields: readonly RoadmapField[] = ['id', 'title', 'period'];

/** The headers orders give the same columns (order No. 1828-у: «№ п/п», «Срок исполнения», «Ответственные, исполнители»). */
const orderHeaders: Readonly<Partial<Record<RoadmapField, readonly string[]>>> = {
  id: ['№ п/п', '№', 'N п/п', 'No п/п', '№ пункта', 'Номер пункта', 'Номер', 'п/п'],
  title: ['Мероприятия', 'Наименование мероприятия', 'Содержание мероприятия', 'Содержание работы', 'Наименование'],
  period: [
    'Срок исполнения',
    'Сроки исполнения',
    'Сроки',
    'Срок выполнения',
    'Сроки выполнения',
    'Срок реализации',
    'Сроки реализации',
    'Сроки проведения',
    'Срок проведения',
    'Дата проведения',
  ],
  responsible: [
    'Ответственные, исполнители',
    'Ответственные исполнители',
    'Ответственный',
    'Ответственный исполнитель',
    'Исполнители',
    'Исполнитель',
    'Ответственные за исполнение',
  ],
  result: ['Результат', 'Результаты', 'Ожидаемый результат', 'Планируемый результат', 'Ожидаемые результаты'],
  reporters: ['Отчитывающиеся организации', 'Кто отчитывается'],
};

const byHeader = new Map<string, RoadmapField>([
  ...roadmapFields.flatMap((f) => (orderHeaders[f] ?? []).map((h) => [normalizeLabel(h), f] as const)),
  ...roadmapFields.map((f) => [normalizeLabel(roadmapColumns[f].header), f] as const),
]);

/**
 * The field a header names, today's (`Пункт`, `Срок`) or an order's (`№ п/п`, `Срок исполнения`,
 * `Ответственные, исполнители`), tolerant of case, spaces, ё/е, dashes and quotes.
 *
 * @param text - the header as written
 * @example roadmapFieldOfHeader(' СРОК ИСПОЛНЕНИЯ ') // 'period'
 */
export function roadmapFieldOfHeader(text: string): RoadmapField | null {
  return byHeader.get(normalizeLabel(text)) ?? null;
}
