import type { IsoDate } from '../../core/dates/iso-date';

/** The committee's zone (Chelyabinsk, UTC+5): «today» and the time of every command, as in appsscript.json. */
const committeeTimeZone = 'Asia/Yekaterinburg';

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: committeeTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * The date and `HH:MM` of an instant in Chelyabinsk, both from the same zone: «today» of every
 * command and the «Сформировано ДАТА ВРЕМЯ» stamp (design §8: one clock in Chelyabinsk's time).
 *
 * @param instant - the moment (the command's `io.today`)
 * @example committeeNow(new Date('2024-01-31T20:30:00Z')) // { date: '2024-02-01', time: '01:30' }
 */
export function committeeNow(instant: Date): { readonly date: IsoDate; readonly time: string } {
  const get = (type: string, from: Intl.DateTimeFormatPart[]) => from.find((p) => p.type === type)?.value ?? '00';
  const found = parts.formatToParts(instant);
  return {
    date: `${get('year', found)}-${get('month', found)}-${get('day', found)}`,
    time: `${get('hour', found)}:${get('minute', found)}`,
  };
}
