import type { IsoDate } from '../../core/dates/iso-date';

/** `2024-02-01` → `01.02.2024`; anything else unchanged. */
export function ruDate(date: IsoDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : date;
}
