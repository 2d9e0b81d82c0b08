import { tabNames } from '../grid/tab-names';
import type { DateWindow, IsoDate } from '../dates/iso-date';
import { takingPart, type WindowExecution } from '../indicators/roadmap-execution';
import { formatRuDate } from '../dates/format-ru-date';
import type { Fill, OutputSheet, OutValue } from '../grid/output-sheet';
import { statusFill, statusWords } from './status-look';
import { tableSheet } from './table-sheet';

/** How many overdue codes a cell lists before «и ещё N». */
const listedOverdue = 60;

function windowText(window: DateWindow | null): string {
  return window ? `${formatRuDate(window.start)} – ${formatRuDate(window.end)}` : 'срок не определён';
}

/**
 * `Исполнение ДК`: per item window, how many reporting organisations stand in each status and
 * their share done among those due, the committee's own status, and the overdue organisations.
 *
 * @param execution - `roadmapExecution(...)`
 * @param asOf - the report date
 * @param stampLine - the «Сформировано …» line
 * @example executionSheet(execution, '2024-02-01', line).rows[2] // ['1.2', 'Назначение…', '01.10.2023 – 31.10.2023', 'ООО, ДОО, ОДО', 5, 0, 1, 1, 3, 0, 0, 0.4, '', 'S2, S3, D2']
 */
export function executionSheet(execution: readonly WindowExecution[], asOf: IsoDate, stampLine: string): OutputSheet {
  const fills: { row: number; column: number; fill: Fill }[] = [];
  const rows = execution.map((e, i): OutValue[] => {
    const c = e.counts;
    // A share only once the window has closed: early completions of an open window are not a share of anything due.
    const counted = takingPart(e);
    const share = e.window && e.window.end < asOf && counted > 0 ? (c.done_on_time + c.done_late) / counted : null;
    const overdue = e.overdueOrgs.slice(0, listedOverdue).join(', ');
    const more = e.overdueOrgs.length > listedOverdue ? ` и ещё ${e.overdueOrgs.length - listedOverdue}` : '';
    if (c.overdue > 0) fills.push({ row: i, column: 8, fill: 'red' });
    const committeeFill = e.committee ? statusFill[e.committee] : null;
    if (committeeFill) fills.push({ row: i, column: 12, fill: committeeFill });
    return [
      e.item.windows.length > 1 ? `${e.item.id}/${e.index}` : e.item.id,
      e.item.title,
      windowText(e.window),
      e.item.reporters.length > 0 ? e.item.reporters.join(', ') : 'комитет',
      e.total,
      c.in_progress,
      c.done_on_time,
      c.done_late,
      c.overdue,
      c.not_due,
      c.not_participating,
      share,
      e.committee ? statusWords[e.committee] : '',
      overdue + more,
    ];
  });
  return tableSheet({
    name: tabNames.execution,
    intro: [[stampLine]],
    headers: [
      'Пункт',
      'Мероприятие',
      'Срок',
      'Отчитываются',
      'Организаций',
      'В работе',
      'Выполнено в срок',
      'Выполнено с нарушением срока',
      'Просрочено',
      'Не наступил срок',
      'Не участвуют',
      'Доля выполненных (срок истёк)',
      'Статус комитета',
      'Просрочили',
    ],
    rows,
    widths: [70, 360, 180, 120, 100, 80, 100, 120, 100, 100, 100, 120, 180, 360],
    textColumns: [0],
    wrapColumns: [1, 13],
    fills,
    numberFormats: [{ column: 11, pattern: '0%' }],
    frozenColumns: 2,
  });
}
