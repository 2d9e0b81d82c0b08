/** A calendar date `YYYY-MM-DD`; compared as strings, never as instants. */
export type IsoDate = string;

/** A closed range of calendar dates, `start` ≤ `end`. */
export interface DateWindow {
  readonly start: IsoDate;
  readonly end: IsoDate;
}
