import type { IsoDate } from '../dates/iso-date';

/** `Подтверждение` / `Документ`: the text as written, its link, and the number and date picked out of it. */
export interface Evidence {
  readonly text: string;
  readonly link: string | null;
  readonly number: string | null;
  readonly date: IsoDate | null;
}
