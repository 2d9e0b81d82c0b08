import { type CheckOptions, checkWorkbook } from '../../core/check/check-workbook';
import type { CheckReport } from '../../core/check/check-report';
import { formatIssues } from '../../core/issues/format-issue';
import { tabKey, tabsByKey } from '../../core/check/find-tab';
import { orgCheckLine } from '../../core/check/org-check-line';
import { orgIssuesByTab } from '../../core/check/org-issues-by-tab';
import type { IsoDate } from '../../core/dates/iso-date';
import type { Organisation } from '../../core/directory/organisation';
import { readDirectory } from '../../core/directory/read-directory';
import { enteredFingerprint } from '../../core/form/entered-fingerprint';
import { formVersion } from '../../core/form/form-version';
import { keepValuesOf } from '../../core/form/keep-values-of';
import { type CollectedFile, markerSheet } from '../../core/form/marker-sheet';
import { planOrgTab } from '../../core/form/plan-org-tab';
import { markerOf, type MarkerRead } from '../../core/form/read-marker';
import type { OutValue, OutputSheet } from '../../core/grid/output-sheet';
import type { SheetData, WorkbookData } from '../../core/grid/sheet-data';
import { tabNames } from '../../core/grid/tab-names';
import type { CollectReceipt, CollectStatus } from '../../core/outputs/collect-receipt-schema';
import { sheetDataOf } from '../demo/sheet-data-of';
import { withCellMarks } from '../summary/org-forms';
import type { FoundFile } from './find-returned-files';
import { identifyReturned } from './identify-returned';
import type { ReturnedFileRead } from './read-returned-file';
import { type Note, noteMessage, type Rejection, rejectionMessage, savedText } from './receipt-messages';

export interface CollectOptions extends CheckOptions {
  /** Date and `HH:MM` of the collection in Chelyabinsk: the check-result lines and the book's record. */
  readonly generatedAt: { readonly date: IsoDate; readonly time: string };
  /** The identity to give a book that has none yet. */
  readonly newBookId: string;
  /** The output book as the user named it, for the receipt. */
  readonly out: string;
}

/** One file given to `collect`, and what reading it gave. */
export interface FileOutcome {
  readonly found: FoundFile;
  readonly read: ReturnedFileRead;
}

export type Collected =
  | { readonly ok: false; readonly message: string }
  | {
      readonly ok: true;
      /** The check of the book with the files taken: its report date, where it came from, the roadmap. */
      readonly report: CheckReport;
      /** The tabs to write into the copy of the book: each organisation taken, and `Профкарта`. */
      readonly sheets: readonly OutputSheet[];
      readonly receipt: CollectReceipt;
    };

/** What `collect` knows about one file as it goes. */
interface Entry {
  readonly found: FoundFile;
  readonly saved: string | null;
  readonly marker: MarkerRead | null;
  org: Organisation | null;
  tab: SheetData | null;
  reason: Rejection | null;
  readonly notes: Note[];
  errors: number;
  warnings: number;
  status: CollectStatus;
}

/** A taken file's tab, before the check. */
interface Planned {
  readonly entry: Entry;
  readonly org: Organisation;
  /** The name of the organisation's tab in the book (as found), or its code for a new tab. */
  readonly name: string;
  readonly sheet: OutputSheet;
  readonly lineCell: { readonly row: number; readonly column: number };
}

function reject(entry: Entry, reason: Rejection): void {
  entry.reason = reason;
  entry.status = 'rejected';
}

function withLine(sheet: OutputSheet, cell: Planned['lineCell'], line: string): OutputSheet {
  const rows: OutValue[][] = sheet.rows.map((r) => [...r]);
  while (rows.length <= cell.row) rows.push([]);
  const row = rows[cell.row]!;
  while (row.length <= cell.column) row.push(null);
  row[cell.column] = line;
  return { ...sheet, rows };
}

/**
 * `collect` in memory (design §2, §8, §10): each returned file matched to its organisation
 * (`identifyReturned`); of several files of one organisation the one saved last is taken, and a file
 * older than the one the book took before is refused; the organisation's tab is the template laid out
 * again with the file's values by `planOrgTab` (nothing the school typed is lost: values off the form
 * go to «Перенесённые значения»), and no value of the book's tab vanishes either (`keepValuesOf`):
 * when the book's tab is as the file found it (its fingerprint is the one the file was sent with, or
 * the one the last collection wrote from this organisation's earlier file), the file is the
 * organisation's newer answer — a field it answers differently takes its value, a value it leaves
 * blank is kept in «Перенесённые значения» with where it came from («было в B14 (принято из файла
 * … от …)») and the receipt says how many; when the book's tab was changed after the file went out,
 * every value the file lacks is kept. The result is
 * checked as a whole book: each tab gets its check-result line and marks, each file its status. The
 * book's `Профкарта` marker records each file taken (name, saved time, fingerprint), so a second run
 * over a later book keeps what was taken and refuses what is older.
 *
 * @param workbook - the book's tabs
 * @param files - every file given, read
 * @param options - today, report date, time of the collection, the id for a book without one, the output's name
 * @example collectFiles(book, outcomes, { today: '2024-02-05', generatedAt, newBookId: randomUUID(), out: 'книга-2.xlsx' })
 */
export function collectFiles(
  workbook: WorkbookData,
  files: readonly FileOutcome[],
  options: CollectOptions,
): Collected {
  const marker = markerOf(workbook.committee);
  if (marker?.code) {
    return {
      ok: false,
      message: `Это файл организации ${marker.code}, разосланный командой split, а не книга комитета: укажите книгу первой.`,
    };
  }
  const checked = checkWorkbook(workbook, options);
  if (!checked.ok) return { ok: false, message: formatIssues(checked.refusal, 'cli') };
  const { roadmap, settings } = checked.report;
  const book = marker?.book ?? options.newBookId;
  const previous = new Map((marker?.collected ?? []).map((f) => [tabKey(f.code), f]));
  const directory = readDirectory(workbook.committee.find((s) => tabKey(s.name) === tabKey(tabNames.directory))).orgs;
  const timeZone = workbook.timeZone || 'UTC';

  const entries: Entry[] = files.map(({ found, read }) => {
    const base = { found, org: null, tab: null, notes: [], errors: 0, warnings: 0 };
    if (!read.ok) {
      const reason: Rejection = { code: 'not_workbook', params: { message: read.message } };
      return { ...base, saved: null, marker: null, reason, status: 'rejected' };
    }
    const entry: Entry = {
      ...base,
      saved: read.file.saved,
      marker: read.file.marker,
      reason: null,
      status: 'accepted',
    };
    if (read.file.savedFrom === 'disk') entry.notes.push({ code: 'saved_from_file_time', params: {} });
    const identified = identifyReturned(read.file, book, directory);
    if (!identified.ok) {
      entry.org = identified.org ?? null;
      reject(entry, identified.reason);
    } else {
      entry.org = identified.org;
      entry.tab = identified.tab;
      entry.notes.push(...identified.notes);
    }
    return entry;
  });

  // Of several files of one organisation, the one saved last; then no older than the book's last.
  const byOrg = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.status === 'rejected' || !e.org) continue;
    const key = tabKey(e.org.code);
    byOrg.set(key, [...(byOrg.get(key) ?? []), e]);
  }
  const taken: Entry[] = [];
  for (const [key, group] of byOrg) {
    group.sort(
      (a, b) => (b.saved ?? '').localeCompare(a.saved ?? '') || a.found.shownAs.localeCompare(b.found.shownAs),
    );
    const [newest, ...older] = group;
    if (!newest) continue;
    for (const e of older) {
      reject(e, { code: 'older_duplicate', params: { newer: newest.found.shownAs, saved: newest.saved ?? '' } });
    }
    if (older.length > 0) newest.notes.push({ code: 'newest_taken', params: { others: older.length } });
    const before = previous.get(key);
    if (before && newest.saved !== null && before.saved > newest.saved) {
      reject(newest, { code: 'older_than_collected', params: { file: before.file, saved: before.saved } });
      continue;
    }
    taken.push(newest);
  }

  const bookTabs = tabsByKey(workbook.reports);
  const planned: Planned[] = [];
  for (const entry of taken) {
    const org = entry.org!;
    const bookTab = bookTabs.get(tabKey(org.code));
    const name = bookTab?.name ?? org.code;
    const plan = planOrgTab({
      org,
      roadmap,
      settings,
      existing: { ...entry.tab!, name },
      timeZone: 'UTC',
      scope: 'whole',
      // The file was laid out by this book's template: whatever else stands in its grey cells was typed.
      sameTemplate: true,
    });
    if (!plan.ok) {
      const count = Number((plan.issue.params as { count?: number }).count ?? 0);
      reject(entry, {
        code: 'form_unreadable',
        params: { version: entry.marker?.formVersion ?? null, current: formVersion, count },
      });
      continue;
    }
    if (plan.plan.moved.length > 0)
      entry.notes.push({ code: 'moved_values', params: { count: plan.plan.moved.length } });
    let sheet = plan.plan.sheet;
    if (bookTab) {
      // The book's tab as the file found it (sent with it, or written by taking this organisation's
      // earlier file): the file is the organisation's newer answer — what it answers differently
      // stands, what it leaves blank is kept. Changed in the book since: everything it lacks is kept.
      const now = enteredFingerprint(bookTab, timeZone);
      const earlier = previous.get(tabKey(org.code));
      const fromFile = earlier !== undefined && now === earlier.values ? earlier : null;
      const newerAnswer = fromFile !== null || now === entry.marker?.sentValues;
      const source = fromFile
        ? `принято из файла «${fromFile.file}» от ${savedText(fromFile.saved)}`
        : newerAnswer
          ? 'в книге на день рассылки'
          : 'в книге, внесено после рассылки';
      const kept = keepValuesOf(sheet, bookTab, timeZone, { newerAnswer, source });
      if (!kept.ok) {
        reject(entry, { code: 'book_values_too_many', params: { count: kept.count } });
        continue;
      }
      if (kept.cleared > 0) {
        entry.notes.push(
          newerAnswer
            ? { code: 'fields_cleared', params: { count: kept.cleared, file: fromFile?.file ?? null } }
            : { code: 'book_values_kept', params: { count: kept.cleared } },
        );
      }
      if (kept.changed > 0) entry.notes.push({ code: 'fields_changed', params: { count: kept.changed } });
      sheet = kept.sheet;
    }
    planned.push({ entry, org, name, sheet, lineCell: plan.plan.lineCell });
  }

  // The book as it will be, checked whole: each organisation's status and marks.
  const replaced = new Map(planned.map((p) => [tabKey(p.name), sheetDataOf({ ...p.sheet, name: p.name })]));
  const reports = [
    ...workbook.reports.map((s) => replaced.get(tabKey(s.name)) ?? s),
    ...planned.filter((p) => !bookTabs.has(tabKey(p.name))).map((p) => replaced.get(tabKey(p.name))!),
  ];
  const after = checkWorkbook({ ...workbook, reports }, options);
  if (!after.ok) return { ok: false, message: formatIssues(after.refusal, 'cli') };
  const checks = new Map(after.report.orgs.map((o) => [tabKey(o.org.code), o]));
  const issuesByTab = orgIssuesByTab(after.report.issues);
  const { date, time } = options.generatedAt;
  const tabsOut: OutputSheet[] = [];
  const records = new Map(previous);
  for (const p of planned) {
    const check = checks.get(tabKey(p.org.code));
    let sheet: OutputSheet = { ...p.sheet, name: p.name };
    if (check) {
      sheet = withLine(sheet, p.lineCell, orgCheckLine(check, date, time, after.report.asOf));
      sheet = withCellMarks(sheet, issuesByTab.get(p.name) ?? []);
      p.entry.errors = check.errors;
      p.entry.warnings = check.warnings;
      p.entry.status = check.errors > 0 ? 'accepted_with_errors' : 'accepted';
      if (check.status === 'empty') p.entry.notes.push({ code: 'empty_form', params: {} });
    }
    tabsOut.push(sheet);
    const record: CollectedFile = {
      code: p.org.code,
      file: p.entry.found.shownAs.split(/[\\/]/).pop() ?? p.entry.found.shownAs,
      saved: p.entry.saved ?? '',
      collected: `${date} ${time}`,
      values: enteredFingerprint(sheetDataOf(sheet), 'UTC'),
    };
    records.set(tabKey(p.org.code), record);
  }
  const collected = [...records.values()].sort((a, b) => a.code.localeCompare(b.code, 'ru'));
  // Nothing has come from an organisation with no file taken and an empty (or no) tab in the book.
  const missing = after.report.orgs
    .filter((o) => !records.has(tabKey(o.org.code)) && (o.status === 'empty' || o.status === 'missing'))
    .map((o) => ({ code: o.org.code, name: o.org.name }));
  const receipt: CollectReceipt = {
    book: options.out,
    bookId: book,
    collectedAt: `${date} ${time}`,
    totals: {
      files: entries.length,
      accepted: entries.filter((e) => e.status !== 'rejected').length,
      acceptedWithErrors: entries.filter((e) => e.status === 'accepted_with_errors').length,
      rejected: entries.filter((e) => e.status === 'rejected').length,
    },
    files: entries.map((e) => ({
      file: e.found.shownAs,
      org: e.org?.code ?? null,
      name: e.org?.name ?? null,
      status: e.status,
      errors: e.errors,
      warnings: e.warnings,
      saved: e.saved,
      reason: e.reason ? { code: e.reason.code, message: rejectionMessage(e.reason) } : null,
      notes: e.notes.map((n) => ({ code: n.code, message: noteMessage(n) })),
    })),
    missing,
  };
  return { ok: true, report: after.report, sheets: [...tabsOut, markerSheet({ book, collected })], receipt };
}
