import { type CheckOptions, checkWorkbook } from '../../core/check/check-workbook';
import type { CheckReport } from '../../core/check/check-report';
import { formatIssues } from '../../core/issues/format-issue';
import { tabKey } from '../../core/check/find-tab';
import type { IsoDate } from '../../core/dates/iso-date';
import { schoolYearLabel } from '../../core/dates/school-year';
import type { Organisation } from '../../core/directory/organisation';
import { enteredFingerprint } from '../../core/form/entered-fingerprint';
import { formVersion } from '../../core/form/form-version';
import { instructionSheet } from '../../core/form/instruction-sheet';
import { markerSheet } from '../../core/form/marker-sheet';
import { planOrgTab } from '../../core/form/plan-org-tab';
import { withFileRound } from '../../core/form/with-file-round';
import type { OutputSheet } from '../../core/grid/output-sheet';
import type { SheetData, WorkbookData } from '../../core/grid/sheet-data';
import { nextState } from '../../core/history/next-state';
import { computeIndicators } from '../../core/indicators/compute-indicators';
import type { Issue } from '../../core/issues/issue';
import { recommendAll } from '../../core/recommendations/recommend-all';
import { readDirectory } from '../../core/directory/read-directory';
import { tabNames } from '../../core/grid/tab-names';
import { orgForms } from '../summary/org-forms';
import { orgFileName } from './org-file-name';

export interface SplitOptions extends CheckOptions {
  /** Date and `HH:MM` of the split: the check-result line and the marker's «Разослано». */
  readonly generatedAt: { readonly date: IsoDate; readonly time: string };
  /** Only these organisations (codes as typed, any case); default: every active one. */
  readonly only?: readonly string[];
}

/** One file to write: the organisation, the file's name, and its tabs in order. */
interface SplitFile {
  readonly org: Organisation;
  readonly fileName: string;
  readonly sheets: readonly OutputSheet[];
}

export type SplitResult =
  | { readonly ok: false; readonly message: string }
  | {
      readonly ok: true;
      /** The check the files were rendered from: its report date, where it came from, the roadmap. */
      readonly report: CheckReport;
      readonly files: readonly SplitFile[];
      /** Organisations whose tab could not be written without losing a value: no file, one issue each. */
      readonly refused: readonly Issue[];
    };

/** One form or the other, by whether a list has one element or more («организация SCH1» / «организации SCH1, SCH2»). */
const byListSize = (n: number, one: string, more: string) => (n === 1 ? one : more);

/**
 * Why `--only` names no organisation to send a file to: codes the directory does not have, and
 * organisations it has but not active, said apart, each agreeing with how many it lists.
 */
function onlyRefusal(codes: readonly string[], directory: readonly Organisation[]): string {
  const byKey = new Map(directory.map((o) => [tabKey(o.code), o]));
  const inactive = codes.map((c) => byKey.get(tabKey(c))).filter((o) => o !== undefined);
  const unknown = codes.filter((c) => !byKey.has(tabKey(c)));
  const parts: string[] = [];
  if (unknown.length > 0) {
    const n = unknown.length;
    parts.push(
      `в справочнике «${tabNames.directory}» нет ${byListSize(n, 'организации с кодом', 'организаций с кодами')} ${unknown.map((c) => `«${c}»`).join(', ')}`,
    );
  }
  if (inactive.length > 0) {
    const n = inactive.length;
    parts.push(
      `${byListSize(n, 'организация', 'организации')} ${inactive.map((o) => o.code).join(', ')} ${byListSize(n, 'не действует', 'не действуют')} (в «${tabNames.directory}» Действует = нет)`,
    );
  }
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}: проверьте --only.`;
}

/**
 * The files `split` sends (design §2, «Without Google»; §8): one per active organisation (or those
 * of `only`), each with `Инструкция` (and how the file goes back), the organisation's form as the
 * summary copy renders it — section 1 filled, the values the book holds for it kept by `planOrgTab`,
 * the check-result line, notes and fills at problem cells, section 7's recommendations — and the
 * very hidden `Профкарта` marker: the book's identity, the code, the form version, the school year,
 * the day and a fingerprint of the values sent. An organisation without a tab gets a blank form.
 * Nothing else of the book goes into a file: no other organisation, no directory, no contacts.
 *
 * @param workbook - the book's tabs
 * @param book - the book's identity (its `Профкарта` marker)
 * @param options - today, report date, time of the split, the organisations wanted
 * @example splitBook(workbook, '6f1c…', { today: '2024-02-01', generatedAt: { date: '2024-02-01', time: '10:00' } })
 */
export function splitBook(workbook: WorkbookData, book: string, options: SplitOptions): SplitResult {
  const checked = checkWorkbook(workbook, options);
  if (!checked.ok) return { ok: false, message: formatIssues(checked.refusal, 'cli') };
  const report = checked.report;
  let wanted = report.orgs;
  if (options.only) {
    const byKey = new Map(report.orgs.map((o) => [tabKey(o.org.code), o]));
    const unknown = options.only.filter((code) => !byKey.has(tabKey(code)));
    if (unknown.length > 0) {
      const directory = readDirectory(workbook.committee.find((s) => tabKey(s.name) === tabKey(tabNames.directory)));
      return { ok: false, message: onlyRefusal(unknown, directory.orgs) };
    }
    const keys = new Set(options.only.map(tabKey));
    wanted = report.orgs.filter((o) => keys.has(tabKey(o.org.code)));
  }
  const state = nextState(report);
  const indicators = computeIndicators(report, new Map(state.map((s) => [s.code, s.firstSubmitted])));
  const recommendations = recommendAll(report, indicators);
  const wantedKeys = new Set(wanted.map((o) => tabKey(o.org.code)));
  const reports = workbook.reports.filter((s) => wantedKeys.has(tabKey(s.name)));
  const narrowed = { ...report, orgs: wanted };
  const forms = orgForms(narrowed, recommendations, reports, workbook.timeZone, options.generatedAt);
  const formOf = new Map(forms.forms.map((f) => [tabKey(f.name), f]));
  const tabOf = new Map(reports.map((s) => [tabKey(s.name), s]));
  const refusedCodes = new Set(forms.refused.map((i) => tabKey(i.org ?? '')));
  const instruction = withFileRound(instructionSheet());
  const files: SplitFile[] = [];
  for (const { org } of wanted) {
    const key = tabKey(org.code);
    if (refusedCodes.has(key)) continue;
    const existing: SheetData | undefined = tabOf.get(key);
    let form = formOf.get(key);
    if (!form) {
      const blank = planOrgTab({
        org,
        roadmap: report.roadmap,
        settings: report.settings,
        timeZone: 'UTC',
        scope: 'whole',
      });
      if (!blank.ok) throw new Error('bug: a new tab cannot be refused');
      form = blank.plan.sheet;
    }
    const marker = markerSheet({
      book,
      code: org.code,
      formVersion,
      schoolYear: schoolYearLabel(report.settings.schoolYear),
      sentOn: options.generatedAt.date,
      sentValues: enteredFingerprint(existing ?? { name: org.code, values: [] }, workbook.timeZone),
    });
    files.push({
      org,
      fileName: orgFileName(org.code, org.name),
      sheets: [instruction, { ...form, name: org.code }, marker],
    });
  }
  return { ok: true, report, files, refused: forms.refused };
}
