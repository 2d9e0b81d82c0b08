import type { IsoDate } from '../dates/iso-date';
import type { ReportDateSource } from '../dates/report-date';
import type { OrgState } from '../directory/org-state';
import type { Organisation } from '../directory/organisation';
import type { Settings } from '../directory/settings';
import type { Submission } from '../form/submission';
import type { Issue } from '../issues/issue';
import type { Roadmap } from '../roadmap/roadmap-item';

export type OrgStatus = 'submitted' | 'errors' | 'empty' | 'missing';

export interface OrgCheck {
  readonly org: Organisation;
  /** The tab's name as found (may differ in case or spaces from the code); the code when missing. */
  readonly tab: string;
  readonly status: OrgStatus;
  /** null when the tab is missing. */
  readonly submission: Submission | null;
  readonly errors: number;
  readonly warnings: number;
}

/** The whole check of a workbook: everything the summary is built from, in memory. */
export interface CheckReport {
  /** The report date: `--as-of` (or the caller's choice), else `Дата отчёта`, else today (`reportDate`). */
  readonly asOf: IsoDate;
  /** Where `asOf` came from, for the warning when it lies outside the school year. */
  readonly asOfSource: ReportDateSource;
  readonly settings: Settings;
  readonly roadmap: Roadmap;
  /** Active organisations of the directory, in directory order. */
  readonly orgs: readonly OrgCheck[];
  /** Every issue: committee tabs and organisation tabs. */
  readonly issues: readonly Issue[];
  /** From `Состояние`, by code. */
  readonly state: ReadonlyMap<string, OrgState>;
}
