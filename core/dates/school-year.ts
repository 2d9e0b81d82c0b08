import type { IsoDate } from './iso-date';

/** A school year, 1 September of `start` to 31 August of `start + 1`. */
export interface SchoolYear {
  readonly start: number;
}

/**
 * The label of a school year as the committee writes it.
 *
 * @param year - the school year
 * @example schoolYearLabel({ start: 2023 }) // '2023/2024'
 */
export function schoolYearLabel(year: SchoolYear): string {
  return `${year.start}/${year.start + 1}`;
}

/** First and last calendar day of a school year. */
export function schoolYearBounds(year: SchoolYear): { start: IsoDate; end: IsoDate } {
  return { start: `${year.start}-09-01`, end: `${year.start + 1}-08-31` };
}
