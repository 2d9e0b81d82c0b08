import type { IsoDate } from '../../core/dates/iso-date';
import { parseDateText } from '../../core/values/date-text';
import { refuse } from './cli-refusal';

/**
 * A date typed on the command line (`--as-of`): `YYYY-MM-DD` or `ДД.ММ.ГГГГ` (`01.02.2024`), a real
 * calendar date; anything else is refused with one Russian line (exit 2).
 *
 * @param text - the argument as typed
 * @param option - the option's name, for the message
 * @example parseDateArgument('01.02.2024') // '2024-02-01'
 */
export function parseDateArgument(text: string, option = '--as-of'): IsoDate {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed) || /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(trimmed)) {
    const read = parseDateText(trimmed);
    if (read.kind === 'date') return read.date;
  }
  return refuse(
    `Дата «${text}» в ${option} не читается: укажите её как ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, например 2024-02-01 или 01.02.2024.`,
  );
}
