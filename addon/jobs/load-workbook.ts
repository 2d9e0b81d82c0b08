import { tabKey } from '../../core/check/find-tab';
import { isReservedTabName } from '../../core/directory/reserved-tab-names';
import type { SheetData, WorkbookData } from '../../core/grid/sheet-data';
import { cellUrl } from '../adapter/a1-range';
import { stagingPrefix } from '../adapter/stage-tab';
import { readGrids } from '../adapter/read-grids';
import type { SpreadsheetMeta } from '../adapter/spreadsheet-meta';
import type { ActionContext } from '../infra/run-action';
import { filesWorkbook } from '../files/files-workbook';
import { ReadingPending } from '../files/reading-pending';
import { type OrgFiles, syncOrgFiles, usesOrgFiles } from '../files/sync-org-files';

/** Everything one check or build reads, in memory. */
export interface LoadedWorkbook {
  readonly workbook: WorkbookData;
  /** The reports spreadsheet's tabs by `tabKey`. */
  readonly reportTabs: ReadonlyMap<string, SheetData>;
  /** Notes of the reports spreadsheet's tabs (by exact title, then `row,column`). */
  readonly notes: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly reportsMeta: SpreadsheetMeta;
  readonly committeeMeta: SpreadsheetMeta;
  /** `#gid=…&range=…` link of a cell of a tab (reports first, then committee), for `Проверка` and the sidebar. */
  readonly cellUrl: (tab: string, a1: string | null) => string | null;
  /** One file per organisation (`в отдельных файлах`): the files read and kept; null for the one-file modes. */
  readonly files?: OrgFiles | null;
}

/**
 * Reads the committee tabs (cached in the action) and every tab of the reports spreadsheet that is
 * not a committee or output tab: one `Values.batchGet` and one `Spreadsheets.get` (links, notes) per
 * 100 tabs, whatever their size. With one file per organisation, only the files changed since
 * their last read are read (`syncOrgFiles`); while some are left, it throws `ReadingPending`.
 *
 * @param ctx - the action
 * @param maxReads - organisation files this call may read (the sidebar's step)
 */
export function loadWorkbook(ctx: ActionContext, maxReads?: number): LoadedWorkbook {
  const { books } = ctx;
  if (usesOrgFiles(books)) {
    const files = syncOrgFiles(ctx, maxReads);
    if (files.left > 0) throw new ReadingPending(files.total - files.left, files.total);
    return filesWorkbook(ctx, files);
  }
  const committeeMeta = books.committeeMeta();
  const committee = [...books.committeeTabs().values()];
  const reportsMeta = books.reportsMeta();
  // A staging tab left by a failed write is the add-on's own: not a school's tab (the next write deletes it).
  const titles = reportsMeta.sheets
    .map((s) => s.title)
    .filter((t) => !isReservedTabName(t) && !t.startsWith(stagingPrefix));
  const read = titles.length ? readGrids(reportsMeta.id, titles, true) : { sheets: [], notes: new Map() };
  const reportTabs = new Map(read.sheets.map((s) => [tabKey(s.name), s]));
  const gidOf = (meta: SpreadsheetMeta, tab: string) => meta.sheets.find((s) => s.title === tab)?.sheetId;
  return {
    workbook: { committee, reports: read.sheets, timeZone: reportsMeta.timeZone },
    reportTabs,
    notes: read.notes,
    reportsMeta,
    committeeMeta,
    cellUrl(tab, a1) {
      const inReports = gidOf(reportsMeta, tab);
      if (inReports !== undefined) return cellUrl(reportsMeta.id, inReports, a1);
      const inCommittee = gidOf(committeeMeta, tab);
      return inCommittee !== undefined ? cellUrl(committeeMeta.id, inCommittee, a1) : null;
    },
  };
}
