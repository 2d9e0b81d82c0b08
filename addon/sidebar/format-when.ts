const isoLike = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

/**
 * Shows a date the server sent as `ДД.ММ.ГГГГ ЧЧ:ММ`; the server already gives local time, so no zone
 * conversion. Text that is not a date is shown as it came; `null` is «ещё не было».
 */
export function formatWhen(value: string | null): string {
  if (value === null || value.trim() === '') return 'ещё не было';
  const match = isoLike.exec(value.trim());
  if (!match) return value;
  const [, year, month, day, hour, minute] = match;
  const date = `${day}.${month}.${year}`;
  return hour !== undefined && minute !== undefined ? `${date} ${hour}:${minute}` : date;
}
