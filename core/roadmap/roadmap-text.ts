import { formatRuDate } from '../dates/format-ru-date';
import type { IsoDate } from '../dates/iso-date';
import { schoolYearLabel } from '../dates/school-year';
import { cutText } from '../issues/cut-text';
import { committeeWindowStatus } from './committee-window-status';
import { eventName, shortTitle } from './event-options';
import type { Roadmap, RoadmapItem } from './roadmap-item';
import { statusLabels } from './status-labels';
import { windowLabel } from './window-label';

const widths = { item: 46, period: 30, windows: 34, reporters: 14 } as const;

function cell(text: string, width: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > width ? cutText(line, width).padEnd(width) : line.padEnd(width);
}

function itemText(item: RoadmapItem): string {
  return `${item.id} ${item.kind === 'мероприятие' ? eventName(item) : shortTitle(item.title)}`;
}

function statusText(item: RoadmapItem, asOf: IsoDate): string {
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
 * windows, who reports, and the committee's own status as of `asOf`.
 *
 * @param roadmap - the roadmap in force
 * @param asOf - the report date
 * @param source - where the roadmap comes from, for the title line
 * @example roadmapText(builtinRoadmap(), '2024-02-01', 'встроенная') // 'Дорожная карта 2023/2024 …'
 */
export function roadmapText(roadmap: Roadmap, asOf: IsoDate, source: string): string {
  const header = [
    cell('Пункт', widths.item),
    cell('Срок', widths.period),
    cell('Окна', widths.windows),
    cell('Отчитываются', widths.reporters),
    'Статус комитета',
  ].join('  ');
  const lines = roadmap.items.map((item) =>
    [
      cell(itemText(item), widths.item),
      cell(item.period, widths.period),
      cell(item.windows.length > 0 ? item.windows.map(windowLabel).join('; ') : 'без срока', widths.windows),
      cell(item.reporters.length > 0 ? item.reporters.join(', ') : 'комитет', widths.reporters),
      statusText(item, asOf),
    ]
      .join('  ')
      .trimEnd(),
  );
  const title = `Дорожная карта ${schoolYearLabel(roadmap.schoolYear)} (${source}), пунктов: ${roadmap.items.length}; статус комитета на ${formatRuDate(asOf)}`;
  return `${title}\n\n${header.trimEnd()}\n${lines.join('\n')}\n`;
}
