import { formatRuDateTime } from '../../core/dates/format-ru-date';

/**
 * Shows a moment the server sent as `ДД.ММ.ГГГГ ЧЧ:ММ` (the one Russian date formatter); the server
 * already gives local time, so no zone conversion. Text that is not a date is shown as it came;
 * `null` is «ещё не было».
 *
 * @param value - `YYYY-MM-DD`, `YYYY-MM-DD HH:MM`, or text already in Russian
 * @example formatWhen('2024-02-01T09:05:33') // '01.02.2024 09:05'
 */
export function formatWhen(value: string | null): string {
  if (value === null || value.trim() === '') return 'ещё не было';
  return formatRuDateTime(value.trim());
}
