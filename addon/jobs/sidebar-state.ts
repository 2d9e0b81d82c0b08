import { schoolYearLabel } from '../../core/dates/school-year';
import { committeeAccess } from '../infra/committee-guard';
import { currentLease } from '../infra/lease';
import { filesProgressProperty, lastBuildProperty, tabsCursorProperty } from '../infra/stored-values';
import type { ActionContext } from '../infra/run-action';
import { mailState } from '../mail/mail-state';
import type { SidebarState } from '../sidebar-protocol';
import { reportDateWarning } from './report-date-warning';

/**
 * What the sidebar shows on opening: who, whether they may act (and if not, why and how), the
 * school year, last build and send, the trigger, a job part-way (tab creation, organisation files
 * left to read, reminders), a running action, and a warning
 * when the report date falls outside the school year.
 */
export function sidebarState(ctx: ActionContext): SidebarState {
  const settings = ctx.books.settings();
  const build = lastBuildProperty.read();
  const tabs = tabsCursorProperty.read();
  const files = filesProgressProperty(ctx.books.committeeId).read();
  const lease = currentLease(ctx.books.committeeId);
  const mail = mailState(settings.sendHour);
  const access = committeeAccess(ctx.user, ctx.books);
  return {
    user: ctx.user,
    isCommittee: access.ok,
    refusal: access.ok ? null : access.message,
    firstMember: !access.ok && access.firstMember,
    schoolYear: schoolYearLabel(settings.schoolYear),
    lastBuild: build?.at ?? null,
    lastSend: mail.lastSend,
    triggerInstalled: mail.triggerInstalled,
    sendHour: mail.sendHour,
    spreadsheetId: ctx.books.committeeId,
    pending: tabs
      ? { action: tabs.action ?? 'createTabs', done: tabs.done, total: tabs.total }
      : files && files.done < files.total
        ? { action: 'check', done: files.done, total: files.total }
        : mail.pending,
    lease: lease ? { who: lease.who, since: lease.since, what: lease.what, trigger: lease.trigger === true } : null,
    reportDateWarning: reportDateWarning(settings, ctx.now.date),
  };
}
