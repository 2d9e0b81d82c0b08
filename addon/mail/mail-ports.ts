import type { IsoDate } from '../../core/dates/iso-date';

/** One line of `Журнал`: what was done, the outcome, the failure if any (who and when: the writer adds them). */
export interface JournalEntry {
  readonly what: 'send' | 'reminder';
  readonly outcome: string;
  readonly failure?: string;
}

/** What the email needs from a finished build. */
export interface BuiltSummary {
  readonly asOf: IsoDate;
  readonly schoolYear: string;
  readonly committeeSpreadsheetId: string;
  readonly committeeSpreadsheetUrl: string | null;
  /** The `Сводка` tab's sheet id. */
  readonly summaryGid: number;
  /** `Получатели сводки` as written (checked here: a bad address is reported, not sent to). */
  readonly recipients: string | readonly string[];
  /** The core's key figures with their change since last month, escaped HTML. */
  readonly keyFiguresHtml: string;
}

/**
 * The add-on's services the summary send uses: the build (with its lease, writing every output tab
 * and the `История` row of `kind`), the `Журнал` writer and the time zone. Tests pass their own.
 */
export interface SummaryPorts {
  build(kind: 'monthly' | 'build'): BuiltSummary;
  journal(entry: JournalEntry): void;
  timeZone(): string;
  now(): Date;
}
