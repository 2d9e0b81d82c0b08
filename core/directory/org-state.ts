import type { IsoDate } from '../dates/iso-date';

/** One row of the hidden `Состояние` tab: what the add-on remembers of an organisation between runs. */
export interface OrgState {
  readonly code: string;
  /** The first report date on which the organisation was seen submitted (no errors). */
  readonly firstSubmitted: IsoDate | null;
  /** Hash of the tab's content at the last check. */
  readonly hash: string | null;
  readonly lastReminder: IsoDate | null;
}
