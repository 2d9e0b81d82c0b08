import type { IsoDate } from '../dates/iso-date';
import { type SchoolYear, schoolYearLabel } from '../dates/school-year';
import { formatRuDate } from '../dates/format-ru-date';

/** When the outputs were made and what they describe. */
export interface BuildStamp {
  readonly generatedAt: { readonly date: IsoDate; readonly time: string };
  readonly asOf: IsoDate;
  readonly schoolYear: SchoolYear;
}

/**
 * The first line of every rebuilt tab.
 *
 * @param stamp - when and as of when
 * @example generatedLine(stamp) // 'Сформировано 01.02.2024 10:15 · по состоянию на 01.02.2024 · учебный год 2023/2024'
 */
export function generatedLine(stamp: BuildStamp): string {
  const { date, time } = stamp.generatedAt;
  return `Сформировано ${formatRuDate(date)} ${time} · по состоянию на ${formatRuDate(stamp.asOf)} · учебный год ${schoolYearLabel(stamp.schoolYear)}`;
}
