import { tabKey } from '../../core/check/find-tab';
import type { SheetData } from '../../core/grid/sheet-data';
import { cellUrl } from '../adapter/a1-range';
import type { ActionContext } from '../infra/run-action';
import type { LoadedWorkbook } from '../jobs/load-workbook';
import type { OrgFiles } from './sync-org-files';

/**
 * What check and build read when each organisation has its own file: the committee tabs, and the
 * form tab of every current file as kept (`syncOrgFiles`), with its notes; a cell's link opens it
 * in its file. A file without a tab named by the code counts as no tab.
 *
 * @param ctx - the action
 * @param files - the files, every one current
 */
export function filesWorkbook(ctx: ActionContext, files: OrgFiles): LoadedWorkbook {
  const { books } = ctx;
  const committeeMeta = books.committeeMeta();
  const reports: SheetData[] = [];
  const notes = new Map<string, Map<string, string>>();
  const where = new Map<string, { id: string; sheetId: number }>();
  for (const { file, cached } of files.current.values()) {
    const tab = cached.content;
    if (!tab?.title) continue;
    reports.push(
      tab.links ? { name: tab.title, values: tab.values, links: tab.links } : { name: tab.title, values: tab.values },
    );
    notes.set(tab.title, new Map(Object.entries(tab.notes ?? {})));
    where.set(tab.title, { id: file.id, sheetId: tab.sheetId });
  }
  return {
    workbook: { committee: [...books.committeeTabs().values()], reports, timeZone: committeeMeta.timeZone },
    reportTabs: new Map(reports.map((s) => [tabKey(s.name), s])),
    notes,
    // No reports spreadsheet: the committee's stands in (its tabs are the committee's own).
    reportsMeta: committeeMeta,
    committeeMeta,
    files,
    cellUrl(tab, a1) {
      const file = where.get(tab);
      if (file) return cellUrl(file.id, file.sheetId, a1);
      const own = committeeMeta.sheets.find((s) => s.title === tab);
      return own ? cellUrl(committeeMeta.id, own.sheetId, a1) : null;
    },
  };
}
