import type { OrgCheck } from '../../core/check/check-report';
import { gridHash } from '../../core/check/grid-hash';
import { orgIssuesByTab } from '../../core/check/org-issues-by-tab';
import { tabKey } from '../../core/check/find-tab';
import { cellMarks } from '../../core/form/cell-marks';
import type { Issue } from '../../core/issues/issue';
import { tabRange } from '../adapter/a1-range';
import { errorText, requireSheets } from '../adapter/sheets-service';
import type { SheetMeta } from '../adapter/spreadsheet-meta';
import type { ActionContext } from '../infra/run-action';
import type { Evaluation } from '../jobs/evaluate';
import { orgTabWrite } from '../jobs/org-tab-write';
import { sameValues } from '../jobs/same-values';
import type { OrgFile } from './list-org-files';
import { orgTabContent } from './org-tab-content';
import type { OrgFiles } from './sync-org-files';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/** A write into one organisation's file that is due: its result changed, or the file did since. */
export interface FileWrite {
  readonly code: string;
  readonly file: OrgFile;
  readonly title: string;
  readonly requests: Request[];
  /** The key of the result it writes (`marksKey`). */
  readonly marks: string;
}

/**
 * The key of a check result as a file shows it: the organisation's status and counts (the result
 * line without its time) and each marked cell's note and fill, where the line stands.
 */
function marksKey(check: OrgCheck, issues: readonly Issue[], line: { row: number; column: number }): string {
  const marks = cellMarks(issues, 'addon').map((m) => [m.row, m.column, m.note, m.fill]);
  const head = [check.status, check.errors, check.warnings, line.row, line.column];
  return gridHash({ values: [[JSON.stringify([head, marks])]] });
}

/**
 * The writes into organisation files that a check or build makes (design §10's no-loss planner,
 * `orgTabWrite`, for each), kept only where due: the file changed since the add-on last wrote into
 * it, its result (status, counts, marks) differs from the one last written, or the rows the plan
 * rewrites (section 7 for a build) would change. A file whose tab cannot be written without losing a
 * value is refused, as in one spreadsheet.
 *
 * @param ctx - the action
 * @param ev - the evaluation over the files
 * @param files - the files read and kept
 * @param only - organisation codes to consider (default: all)
 */
export function orgFileWrites(
  ctx: ActionContext,
  ev: Evaluation,
  files: OrgFiles,
  only?: ReadonlySet<string>,
): { due: FileWrite[]; refused: Issue[] } {
  const byKey = new Map([...files.current].map(([code, entry]) => [tabKey(code), { code, ...entry }]));
  const issuesByTab = orgIssuesByTab(ev.report.issues);
  const due: FileWrite[] = [];
  const refused: Issue[] = [];
  for (const check of ev.report.orgs) {
    if (check.status === 'missing' || (only && !only.has(check.org.code))) continue;
    const entry = byKey.get(tabKey(check.org.code));
    const tab = entry?.cached.content;
    const grid = ev.loaded.reportTabs.get(tabKey(check.org.code));
    if (!entry || !tab?.title || !grid) continue;
    const sheet: SheetMeta = { ...tab, index: 0, hidden: false };
    const written = orgTabWrite(ctx, ev, check, grid, sheet, issuesByTab.get(grid.name) ?? []);
    if (!written.ok) {
      refused.push(written.issue);
      continue;
    }
    const { plan, issues, requests } = written.write;
    const marks = marksKey(check, issues, plan.lineCell);
    const rows =
      plan.from < plan.sheet.rows.length && !sameValues(plan.sheet.rows.slice(plan.from), grid.values.slice(plan.from));
    if (entry.cached.header.marks === marks && !rows) continue;
    due.push({ code: entry.code, file: entry.file, title: tab.title, requests, marks });
  }
  return { due, refused };
}

/**
 * Writes the due files, ONE `batchUpdate` each, paced within the write quota and before the run's
 * deadline, each answering with the tab as it is after the write (`includeSpreadsheetInResponse`):
 * that content is kept with the moment of the write and who made it, so the file's new
 * `modifiedTime` does not make it read again. A file the write fails for is named; files left by
 * the deadline stay due for the next check or build. The kept content is saved by the caller.
 *
 * @param files - the run's files (cache, pace, user)
 * @param due - `orgFileWrites(…).due`
 * @returns a sentence for the message and `Журнал`: files not read, not written, left ('' when none)
 */
export function writeOrgFiles(files: OrgFiles, due: readonly FileWrite[]): string {
  const sheets = requireSheets();
  let written = 0;
  const failed: string[] = [];
  for (const w of due) {
    const before = Date.now();
    let sent: { value: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse } | null;
    try {
      sent = files.pace.run('writes', () =>
        sheets.Spreadsheets!.batchUpdate(
          {
            requests: w.requests,
            includeSpreadsheetInResponse: true,
            responseRanges: [tabRange(w.title)],
            responseIncludeGridData: true,
          },
          w.file.id,
        ),
      );
    } catch (error) {
      failed.push(`${w.code}: ${errorText(error)}`);
      continue;
    }
    if (!sent) break;
    const after = sent.value.updatedSpreadsheet;
    files.cache.set(w.code, {
      header: { id: w.file.id, m: w.file.modifiedTime, w: before, e: Date.now(), by: files.user, marks: w.marks },
      content: after ? orgTabContent(after, w.code) : null,
    });
    written++;
  }
  const left = due.length - written - failed.length;
  let line = '';
  if (files.failed.length) line += ` Не прочитаны файлы (${files.failed.length}): ${files.failed.join('; ')}.`;
  if (failed.length) line += ` Не записаны файлы (${failed.length}): ${failed.join('; ')}.`;
  if (left > 0)
    line += ` Результаты записаны в ${written} из ${due.length} файлов, остальные — при следующей сборке или проверке.`;
  return line;
}
