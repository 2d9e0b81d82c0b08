import { formatRuDate } from '../dates/format-ru-date';
import type { IsoDate } from '../dates/iso-date';
import { schoolYearLabel } from '../dates/school-year';
import { cutText } from '../issues/cut-text';
import { committeeWindowStatus } from './committee-window-status';
import { eventName, shortTitle } from './event-options';
import type { Roadmap, RoadmapItem } from './roadmap-item';
import { statusLabels } from './status-labels';
import { windowLabel } from './window-label';

const widths = { item: 46, period: 30, windows: 34, reporters: 14, committee: 30 } as const;

/** What the committee's column says of an item the organisations report on: the committee has no status there. */
const notCommittee = '—';

function cell(text: string, width: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > width ? cutText(line, width).padEnd(width) : line.padEnd(width);
}

function itemText(item: RoadmapItem): string {
  return `${item.id} ${item.kind === 'мероприятие' ? eventName(item) : shortTitle(item.title)}`;
}

function statusText(item: RoadmapItem, asOf: IsoDate): string {
  if (item.reporters.length > 0) return notCommittee;
  if (item.windows.length === 0) return 'нет срока';
  return item.windows
    .map((_, index) => {
      const status = committeeWindowStatus(item, index + 1, asOf);
      return status === null ? '' : statusLabels[status];
    })
    .join('; ');
}

/**
 * The roadmap as a readable Russian table for the terminal: item, deadline as written, its
 * windows, who reports, and the committee's own status as of `asOf` — for the committee's items
 * only: an item the organisations report on shows «—» there, and, when `progress` is given (a
 * book's check), how the organisations stand on it in a column of its own. A note under the
 * table says so.
 *
 * @param roadmap - the roadmap in force
 * @param asOf - the report date
 * @param source - where the roadmap comes from, for the title line
 * @param progress - the organisations' progress by item id (`reportersProgress`), or null without a book's check
 * @example roadmapText(builtinRoadmap(), '2024-02-01', 'встроенная') // 'Дорожная карта 2023/2024 …'
 */
export function roadmapText(
  roadmap: Roadmap,
  asOf: IsoDate,
  source: string,
  progress: ReadonlyMap<string, string> | null = null,
): string {
  const header = [
    cell('Пункт', widths.item),
    cell('Срок', widths.period),
    cell('Окна', widths.windows),
    cell('Отчитываются', widths.reporters),
    progress ? cell('Статус комитета', widths.committee) : 'Статус комитета',
    ...(progress ? ['Организации'] : []),
  ].join('  ');
  const lines = roadmap.items.map((item) => {
    const committee = statusText(item, asOf);
    return [
      cell(itemText(item), widths.item),
      cell(item.period, widths.period),
      cell(item.windows.length > 0 ? item.windows.map(windowLabel).join('; ') : 'без срока', widths.windows),
      cell(item.reporters.length > 0 ? item.reporters.join(', ') : 'комитет', widths.reporters),
      progress ? committee.padEnd(widths.committee) : committee,
      ...(progress ? [item.reporters.length > 0 ? (progress.get(item.id) ?? notCommittee) : notCommittee] : []),
    ]
      .join('  ')
      .trimEnd();
  });
  const title = `Дорожная карта ${schoolYearLabel(roadmap.schoolYear)} (${source}), пунктов: ${roadmap.items.length}; статус комитета на ${formatRuDate(asOf)}`;
  const notes = [
    `«Статус комитета» — только у пунктов комитета; у пунктов, по которым отчитываются организации, — «${notCommittee}».`,
    progress
      ? '«Организации» — сколько отчитывающихся организаций выполнили пункт (кроме ответивших «не участвуем»; доля — когда срок истёк), по мероприятиям — сколько участвовали.'
      : 'Как идут дела у организаций — с --book КНИГА.xlsx или в сводке (лист «Исполнение ДК»).',
  ];
  return `${title}\n\n${header.trimEnd()}\n${lines.join('\n')}\n\n${notes.join('\n')}\n`;
}
