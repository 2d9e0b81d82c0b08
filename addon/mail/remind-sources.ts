import { tabNames } from '../../core/grid/tab-names';
import type { CheckReport } from '../../core/check/check-report';
import { checkWorkbook } from '../../core/check/check-workbook';
import type { IsoDate } from '../../core/dates/iso-date';
import type { OrgState } from '../../core/directory/org-state';
import { stateSheet } from '../../core/directory/state-sheet';
import { formatIssues } from '../../core/issues/format-issue';
import { spreadsheetUrl } from '../adapter/a1-range';
import { sheetIdAllocator } from '../adapter/sheet-ids';
import { sheetRequests } from '../adapter/sheet-requests';
import { UserFacingError } from '../adapter/sheets-service';
import { sheetByKey } from '../adapter/spreadsheet-meta';
import { writeBatches } from '../adapter/write-batches';
import { loadWorkbook } from '../jobs/load-workbook';
import type { RemindSources } from './remind-ports-for';
import { lastReminders, reminderOrgs } from './reminder-orgs';

/**
 * `Состояние` with `Последнее напоминание` set for the organisations just reminded; every other
 * field as read (an organisation never seen before gets a row).
 *
 * @param state - `Состояние` as read by the check
 * @param sent - who was reminded, and when
 */
function withReminders(
  state: ReadonlyMap<string, OrgState>,
  sent: readonly { readonly code: string; readonly date: IsoDate }[],
): OrgState[] {
  const next = new Map(state);
  for (const { code, date } of sent) {
    const known = next.get(code);
    next.set(
      code,
      known ? { ...known, lastReminder: date } : { code, firstSubmitted: null, hash: null, lastReminder: date },
    );
  }
  return [...next.values()];
}

/**
 * The add-on's reminder sources: the check read from both spreadsheets (nothing written), and
 * `Состояние` rewritten in one `batchUpdate` with the reminder dates. One object per run: it keeps
 * the check it loaded, so the dates are written over the state that was read.
 */
export function addonRemindSources(): RemindSources {
  let report: CheckReport | null = null;
  return {
    load(ctx) {
      const loaded = loadWorkbook(ctx);
      const checked = checkWorkbook(loaded.workbook, { today: ctx.now.date });
      if (!checked.ok) throw new UserFacingError(formatIssues(checked.refusal, 'addon'));
      report = checked.report;
      return {
        asOf: report.asOf,
        deadline: report.settings.deadline,
        remindEveryDays: report.settings.remindEveryDays,
        // One file per organisation: a school without its file has nothing to open yet.
        reportsUrl: loaded.files ? null : spreadsheetUrl(loaded.reportsMeta.id),
        orgs: reminderOrgs(report, {
          tabUrl: (tab) => loaded.cellUrl(tab, null),
          cellUrl: (tab, cell) => loaded.cellUrl(tab, cell),
        }),
        lastReminder: lastReminders(report),
      };
    },
    recordReminders(ctx, sent) {
      if (!report || sent.length === 0) return;
      const meta = ctx.books.committeeMeta();
      const existing = sheetByKey(meta, tabNames.state);
      const sheet = stateSheet(withReminders(report.state, sent));
      const target = { sheetId: existing?.sheetId ?? sheetIdAllocator(meta)(sheet.name), existing };
      writeBatches(
        ctx.books.committeeId,
        [{ title: sheet.name, requests: sheetRequests(existing ? { ...sheet, name: existing.title } : sheet, target) }],
        { meta },
      );
      ctx.books.forgetTabs();
    },
  };
}
