import type { DateWindow } from '../dates/iso-date';
import { formatRuDate, monthName } from '../dates/format-ru-date';
import { daysInMonth, isoParts } from './calendar';

/**
 * A window in Russian words: whole months by name (`октябрь 2023`, `март – май 2024`,
 * `декабрь 2023 – январь 2024`), anything else as dates (`15.10.2023`, `01.09.2023 – 15.09.2023`).
 *
 * @param window - the window
 * @example windowLabel({ start: '2023-12-01', end: '2024-01-31' }) // 'декабрь 2023 – январь 2024'
 */
export function windowLabel(window: DateWindow): string {
  const from = isoParts(window.start);
  const to = isoParts(window.end);
  if (from && to && from.day === 1 && to.day === daysInMonth(to.year, to.month)) {
    const fromName = monthName(from.month);
    const toName = monthName(to.month);
    if (from.year === to.year && from.month === to.month) return `${fromName} ${from.year}`;
    if (from.year === to.year) return `${fromName} – ${toName} ${to.year}`;
    return `${fromName} ${from.year} – ${toName} ${to.year}`;
  }
  return window.start === window.end
    ? formatRuDate(window.start)
    : `${formatRuDate(window.start)} – ${formatRuDate(window.end)}`;
}
