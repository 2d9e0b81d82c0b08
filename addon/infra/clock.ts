import { formatRuDateTime } from '../../core/dates/format-ru-date';

/** Date and time of an instant in a zone, as the core takes them. */
export interface LocalTime {
  /** `YYYY-MM-DD` */
  readonly date: string;
  /** `HH:mm` */
  readonly time: string;
}

/**
 * The current date and time in the committee's zone (the only place the add-on reads the clock).
 *
 * @param timeZone - IANA zone of the committee's spreadsheet
 */
export function localNow(timeZone: string, now: Date = new Date()): LocalTime {
  return {
    date: Utilities.formatDate(now, timeZone, 'yyyy-MM-dd'),
    time: Utilities.formatDate(now, timeZone, 'HH:mm'),
  };
}

/** `27.11.2026 10:15`, the way the sidebar and `Журнал` show a moment. */
export function russianDateTime(t: LocalTime): string {
  return formatRuDateTime(t.date, t.time);
}
