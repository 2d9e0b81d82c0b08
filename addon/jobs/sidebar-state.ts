import { schoolYearLabel } from '../../core/dates/school-year';
import { committeeRefusal } from '../infra/committee-guard';
import { currentLease } from '../infra/lease';
import { lastBuildProperty, tabsCursorProperty } from '../infra/stored-values';
import type { ActionContext } from '../infra/run-action';
import { mailState } from '../mail/mail-state';
import type { SidebarState } from '../sidebar-protocol';

/** What the sidebar shows on opening: who, the school year, last build and send, the trigger, a job part-way, a running build. */
export function sidebarState(ctx: ActionContext): SidebarState {
  const settings = ctx.books.settings();
  const build = lastBuildProperty.read();
  const tabs = tabsCursorProperty.read();
  const lease = currentLease();
  const mail = mailState(settings.sendHour);
  return {
    user: ctx.user,
    isCommittee: committeeRefusal(ctx.user, ctx.books) === null,
    schoolYear: schoolYearLabel(settings.schoolYear),
    lastBuild: build?.at ?? null,
    lastSend: mail.lastSend,
    triggerInstalled: mail.triggerInstalled,
    sendHour: mail.sendHour,
    spreadsheetId: ctx.books.committeeId,
    pending: tabs ? { action: 'createTabs', done: tabs.done, total: tabs.total } : mail.pending,
    lease: lease ? { who: lease.who, since: lease.since } : null,
  };
}
