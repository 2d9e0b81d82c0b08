import type { IsoDate } from '../../core/dates/iso-date';
import type { JournalEntry } from './mail-ports';

/** A problem of one organisation, as its reminder lists it. */
export interface ReminderProblem {
  readonly cell: string | null;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  /** Link to the cell in the reports spreadsheet, or null. */
  readonly url: string | null;
}

/** An organisation that has not submitted (`missing`, `empty`) or whose report has errors. */
export interface ReminderOrg {
  readonly code: string;
  readonly name: string;
  readonly district: string;
  readonly status: 'missing' | 'empty' | 'errors';
  /** `Электронная почта` of the directory as written (checked before sending). */
  readonly emails: string | readonly string[];
  /** Link to its tab, or null when the tab is missing. */
  readonly tabUrl: string | null;
  readonly problems: readonly ReminderProblem[];
}

export interface RemindInput {
  readonly asOf: IsoDate;
  readonly deadline: IsoDate | null;
  /** `Напоминать не чаще, дней`. */
  readonly remindEveryDays: number;
  /** The reports spreadsheet, for an organisation whose tab is missing. */
  readonly reportsUrl: string | null;
  /** Every active organisation that is late or has errors (any order: sorted here). */
  readonly orgs: readonly ReminderOrg[];
  /** `Последнее напоминание` of `Состояние`, by code. */
  readonly lastReminder: ReadonlyMap<string, IsoDate | null>;
}

/** The add-on's services reminders use; tests pass their own. */
export interface RemindPorts {
  /** Reads and checks everything (no writes). */
  load(): RemindInput;
  /** Writes `Последнее напоминание` for the organisations just reminded, in one go. */
  recordReminders(sent: readonly { readonly code: string; readonly date: IsoDate }[]): void;
  journal(entry: JournalEntry): void;
  timeZone(): string;
  now(): Date;
}
