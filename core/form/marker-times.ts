import { formatRuDate } from '../dates/format-ru-date';

/**
 * The moments of the `Профкарта` tab as a person reads them, and back (design §8: the tab is hidden,
 * but LibreOffice keeps it only hidden, and anyone may show it): a saved time `2024-02-03T08:00:00Z`
 * as «03.02.2024 08:00:00 (UTC)» (seconds kept: `collect` compares two saves of one minute), a day
 * `2024-02-01` as «01.02.2024», a committee time `2024-02-05 10:00` as «05.02.2024 10:00». Values
 * that are not in the expected form pass through unchanged either way, so a book written before
 * (ISO text) reads as it did.
 */
export const markerTimes = {
  /**
   * @param iso - `YYYY-MM-DDTHH:MM:SSZ`
   * @example markerTimes.instantText('2024-02-03T08:00:00Z') // '03.02.2024 08:00:00 (UTC)'
   */
  instantText(iso: string): string {
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})Z$/.exec(iso);
    return m ? `${formatRuDate(m[1]!)} ${m[2]} (UTC)` : iso;
  },
  /**
   * @param text - «ДД.ММ.ГГГГ ЧЧ:ММ:СС (UTC)», or ISO as books written before hold it
   * @example markerTimes.instantOf('03.02.2024 08:00:00 (UTC)') // '2024-02-03T08:00:00Z'
   */
  instantOf(text: string): string {
    const m = /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}:\d{2})(:\d{2})? \(UTC\)$/.exec(text.trim());
    return m ? `${m[3]}-${m[2]}-${m[1]}T${m[4]}${m[5] ?? ':00'}Z` : text;
  },
  /**
   * @param local - `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`
   * @example markerTimes.localText('2024-02-05 10:00') // '05.02.2024 10:00'
   */
  localText(local: string): string {
    const m = /^(\d{4}-\d{2}-\d{2})( \d{2}:\d{2})?$/.exec(local);
    return m ? `${formatRuDate(m[1]!)}${m[2] ?? ''}` : local;
  },
  /**
   * @param text - «ДД.ММ.ГГГГ» or «ДД.ММ.ГГГГ ЧЧ:ММ», or ISO
   * @example markerTimes.localOf('05.02.2024 10:00') // '2024-02-05 10:00'
   */
  localOf(text: string): string {
    const m = /^(\d{2})\.(\d{2})\.(\d{4})( \d{2}:\d{2})?$/.exec(text.trim());
    return m ? `${m[3]}-${m[2]}-${m[1]}${m[4] ?? ''}` : text;
  },
} as const;
