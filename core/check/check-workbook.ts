import { tabNames } from '../grid/tab-names';
import type { IsoDate } from '../dates/iso-date';
import { reportDate } from '../dates/report-date';
import type { OrgState } from '../directory/org-state';
import { readDirectory } from '../directory/read-directory';
import { readSettings } from '../directory/read-settings';
import { readState } from '../directory/read-state';
import { isReservedTabName } from '../directory/reserved-tab-names';
import { isBlankCell } from '../form/form-text';
import { readSubmission } from '../form/read-submission';
import type { WorkbookData } from '../grid/sheet-data';
import { roadmapForYear } from '../roadmap/roadmap-for-year';
import type { Issue } from '../issues/issue';
import type { Roadmap } from '../roadmap/roadmap-item';
import type { CheckReport, OrgCheck, OrgStatus } from './check-report';
import { tabKey, tabsByKey } from './find-tab';

export interface CheckOptions {
  /** Today in the spreadsheet's zone: the report date when neither `asOf` nor `Дата отчёта` is set. */
  readonly today: IsoDate;
  readonly asOf?: IsoDate;
  /** The roadmap in force; default: the book's, else the built-in 2023/2024 one. */
  readonly roadmap?: Roadmap;
}

/** The check, or the issues that make the book unusable (each shell words them with `formatIssues`). */
export type CheckResult = { ok: true; report: CheckReport } | { ok: false; refusal: readonly Issue[] };

/**
 * The whole check of a workbook (design §4–§5, §8): the committee tabs read and checked, every
 * active organisation's tab found by its code (trimmed, any case) and read, each given a
 * status — `missing`, `empty`, `errors` or `submitted` — and every issue in one report.
 * Committee-tab issues never change an organisation's status. A book without a usable
 * `Организации` tab, or without a roadmap for its school year, is refused with the issues that say why.
 *
 * @param workbook - the committee's and the reports spreadsheet's tabs
 * @param options - today, the report date and the roadmap
 * @example checkWorkbook(book, { today: '2024-02-01' }) // { ok: true, report: { asOf: '2024-02-01', orgs: [...], ... } }
 */
export function checkWorkbook(workbook: WorkbookData, options: CheckOptions): CheckResult {
  const committee = tabsByKey(workbook.committee ?? []);
  const directoryTab = committee.get(tabKey(tabNames.directory));
  const directory = readDirectory(directoryTab);
  if (!directory.usable) return { ok: false, refusal: directory.issues };
  const timeZone = workbook.timeZone || 'UTC';
  const dateSystem = workbook.dateSystem ?? '1900';
  const { settings, issues: settingsIssues } = readSettings(
    committee.get(tabKey(tabNames.settings)),
    timeZone,
    dateSystem,
  );
  const chosen = options.roadmap
    ? { ok: true as const, roadmap: options.roadmap, issues: [] }
    : roadmapForYear(settings.schoolYear, committee.get(tabKey(tabNames.roadmap)), timeZone, {
        terms: settings.terms,
        dateSystem,
      });
  if (!chosen.ok) return { ok: false, refusal: chosen.issues.filter((i) => i.severity === 'error') };
  const roadmap = chosen.roadmap;
  const { date: asOf, source: asOfSource } = reportDate({
    asOf: options.asOf,
    bookDate: settings.reportDate,
    today: options.today,
  });
  const state = new Map<string, OrgState>(
    readState(committee.get(tabKey(tabNames.state)), timeZone, dateSystem).map((s) => [s.code, s]),
  );
  const issues: Issue[] = [...settingsIssues, ...directory.issues, ...chosen.issues];
  const reports = tabsByKey(workbook.reports ?? []);
  const codes = new Set(directory.orgs.map((o) => tabKey(o.code)));
  const orgs: OrgCheck[] = [];
  for (const org of directory.orgs) {
    if (!org.active) continue;
    const sheet = reports.get(tabKey(org.code));
    if (!sheet) {
      issues.push({
        code: 'form_tab_missing',
        severity: 'error',
        tab: org.code,
        row: null,
        column: null,
        org: org.code,
        params: { code: org.code },
      });
      orgs.push({ org, tab: org.code, status: 'missing', submission: null, errors: 1, warnings: 0 });
      continue;
    }
    const read = readSubmission(sheet, { org, roadmap, settings, asOf, timeZone, dateSystem });
    const errors = read.issues.filter((i) => i.severity === 'error').length;
    const warnings = read.issues.filter((i) => i.severity === 'warning').length;
    const status: OrgStatus = read.submission.empty ? 'empty' : errors > 0 ? 'errors' : 'submitted';
    issues.push(...read.issues);
    orgs.push({ org, tab: sheet.name, status, submission: read.submission, errors, warnings });
  }
  // A new spreadsheet's empty «Лист1» is nobody's form: only a tab with something in it is named.
  const unmatched = [...reports.values()]
    .filter((s) => !codes.has(tabKey(s.name)) && !isReservedTabName(s.name))
    .filter((s) => s.values.some((row) => row.some((v) => !isBlankCell(v))))
    .map((s) => s.name);
  if (unmatched.length > 0) {
    issues.push({
      code: 'form_tabs_unmatched',
      severity: 'info',
      tab: unmatched[0] ?? '',
      row: null,
      column: null,
      params: { tabs: unmatched },
    });
  }
  return { ok: true, report: { asOf, asOfSource, settings, roadmap, orgs, issues, state } };
}
