import { formatRuDate } from '../dates/format-ru-date';
import type { DateWindow, IsoDate } from '../dates/iso-date';
import { takingPart, type WindowReporters } from '../indicators/roadmap-execution';
import { formatCount, formatPercent } from './format-figure';

/**
 * Where the reporters of an item window stand, in words, on the base of those that take part
 * (`takingPart`), saying how many do not: before the window «срок с 01.05.2024», inside it «срок
 * до 31.01.2024: выполнили 5 из 10», after it «выполнено 50,0 % (1 из 2); не участвуют 1». The
 * chart's bar is drawn on the same base.
 *
 * @param r - the window's reporters
 * @param window - the window; null when the deadline could not be read
 * @param asOf - the report date
 * @example executionText({ counts, total: 3 }, { start: '2023-08-01', end: '2023-08-31' }, '2024-02-01') // 'выполнено 50,0 % (1 из 2); не участвуют 1'
 */
export function executionText(r: WindowReporters, window: DateWindow | null, asOf: IsoDate): string {
  const c = r.counts;
  const done = c.done_on_time + c.done_late;
  const taking = takingPart(r);
  const without = c.not_participating > 0 ? `; не участвуют ${formatCount(c.not_participating)}` : '';
  if (taking === 0) return r.total > 0 ? 'все не участвуют' : 'никто не отчитывается';
  const counted = `${formatCount(done)} из ${formatCount(taking)}`;
  if (!window) return `срок не определён: выполнили ${counted}${without}`;
  if (window.start > asOf) return `срок с ${formatRuDate(window.start)}`;
  if (window.end < asOf) return `выполнено ${formatPercent(done / taking)} (${counted})${without}`;
  return `срок до ${formatRuDate(window.end)}: выполнили ${counted}${without}`;
}
