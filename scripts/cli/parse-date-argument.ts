import type { IsoDate } from '../../core/dates/iso-date';
import { formatIssue } from '../../core/issues/format-issue';
import { readDate } from '../../core/values/read-date';
import { refuse } from './cli-refusal';

/** The two forms a date is typed in on the command line (design §8). */
const forms = [/^\d{4}-\d{1,2}-\d{1,2}$/, /^\d{1,2}\.\d{1,2}\.\d{4}$/];

/**
 * A date typed on the command line (`--as-of`): `YYYY-MM-DD` or `ДД.ММ.ГГГГ` (`01.02.2024`), read
 * by the same reader as a date cell, so a date in one of these forms that the calendar lacks
 * (`31.02.2024`) or with an implausible year is refused with the reader's own message («Такой
 * даты нет в календаре…»), and anything else with the forms expected; one Russian line, exit 2.
 *
 * @param text - the argument as typed
 * @param option - the option's name, for the message
 * @example parseDateArgument('01.02.2024') // '2024-02-01'
 */
export function parseDateArgument(text: string, option = '--as-of'): IsoDate {
  const trimmed = text.trim();
  if (forms.some((form) => form.test(trimmed))) {
    const read = readDate(trimmed, 'UTC');
    if (read.kind === 'ok') return read.value;
    if (read.kind === 'bad' && read.code !== 'not_a_date') refuse(`${option} ${trimmed}: ${formatIssue(read, 'cli')}`);
  }
  return refuse(
    `Дата «${text}» в ${option} не читается: укажите её как ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, например 2024-02-01 или 01.02.2024.`,
  );
}
