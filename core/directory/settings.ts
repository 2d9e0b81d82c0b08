import type { IsoDate } from '../dates/iso-date';
import type { TermDates } from '../dates/school-terms';
import type { SchoolYear } from '../dates/school-year';

/** Planned-hours thresholds of the профминимум levels and of staff training (item 2.1 lets the committee change them). */
export interface Thresholds {
  readonly basic: number;
  readonly main: number;
  readonly advanced: number;
  /** «Россия — мои горизонты»: extracurricular hours every level includes. */
  readonly course: number;
  /** Further training of the responsible person, academic hours. */
  readonly training: number;
}

export const defaultThresholds: Thresholds = { basic: 40, main: 60, advanced: 80, course: 34, training: 36 };

/** The `Настройки` tab, read and checked, defaults filled in. */
export interface Settings {
  readonly schoolYear: SchoolYear;
  /** `Дата отчёта`; null means today. */
  readonly reportDate: IsoDate | null;
  /** `Срок сдачи`; null when not set. */
  readonly deadline: IsoDate | null;
  /** `Таблица отчётов`: a spreadsheet id, or '' for this spreadsheet. */
  readonly reportsSpreadsheet: string;
  readonly summaryRecipients: readonly string[];
  readonly committeeStaff: readonly string[];
  /** `Час отправки сводки`, 0–23. */
  readonly sendHour: number;
  /** `Напоминать не чаще, дней`. */
  readonly remindEveryDays: number;
  readonly thresholds: Thresholds;
  /** `Четверть I` … `Четверть IV`: exact term dates of the school year; a term not set keeps its default months. */
  readonly terms: TermDates;
}
