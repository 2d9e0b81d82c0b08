import type { JournalAction } from '../../core/history/journal';
import type { ActionName, Actions, CheckedPayloadOf, SidebarAction } from '../actions';
import type { ActionContext, ActionOutcome } from '../infra/run-action';
import { ReadingPending } from '../files/reading-pending';
import { clearMonthlyRetries, retryMonthly } from '../mail/monthly-retry';
import { remindJob } from '../mail/remind-late';
import { sendSummaryJob } from '../mail/send-summary';
import type { SidebarResult } from '../sidebar-protocol';
import { showSidebar } from '../sidebar/show-sidebar';
import { applySendHour, installMonthlyTriggerAt, removeMonthlyTriggerNow } from '../triggers/monthly-trigger';
import { readOnward } from '../files/files-continuation';
import { filesPerMinute } from '../adapter/sheets-pace';
import { buildJob } from './build-job';
import { checkJob } from './check-job';
import { orgPassJob, tabsChunk } from './create-tabs';
import { saveSendHour } from './save-send-hour';
import { selectCell } from './select-cell';
import { setUpJob } from './set-up';
import { sidebarState } from './sidebar-state';
import { buildForMail } from './summary-builder';

/** Where an action was started: the menu (the whole job, then a toast), the sidebar (one step), a trigger. */
type Via = 'menu' | 'sidebar' | 'trigger';

type PayloadFor<A extends ActionName> = A extends SidebarAction ? CheckedPayloadOf<A> : null;

/**
 * How an action runs: an action with a `Журнал` action is a job inside `runAction` (committee guard,
 * `Журнал`, Russian failures); one without is a direct call (opening the panel, selecting a cell).
 */
export type ActionJob<A extends ActionName> = Actions[A] extends { journal: JournalAction }
  ? (ctx: ActionContext, payload: PayloadFor<A>, via: Via) => ActionOutcome
  : (payload: PayloadFor<A>) => SidebarResult | undefined;

/**
 * The monthly send (its trigger, its retry): while organisation files are still to read, it tries
 * again later the same day instead of skipping the month (the continuation reads on meanwhile).
 */
function monthlySend(ctx: ActionContext): ActionOutcome {
  try {
    return sendSummaryJob(ctx, 'monthly', buildForMail);
  } catch (error) {
    if (!(error instanceof ReadingPending)) throw error;
    return retryMonthly(ctx, `ещё читаются файлы организаций (прочитано ${error.done} из ${error.total})`);
  }
}

const plain = (outcome: { ok: boolean; message: string }): ActionOutcome =>
  outcome.ok ? { ok: true, message: outcome.message } : { ok: false, message: outcome.message };

/** The job of every action of the registry: a `Record` over its names, so a new action does not compile without one. */
export const actionJobs: { readonly [A in ActionName]: ActionJob<A> } = {
  showSidebar: () => {
    showSidebar();
    return undefined;
  },
  // The sidebar reads at most one minute's quota of organisation files per call and calls again.
  check: (ctx, _payload, via) => checkJob(ctx, false, via === 'sidebar' ? filesPerMinute : undefined),
  build: (ctx, _payload, via) => buildJob(ctx, via === 'sidebar' ? filesPerMinute : undefined),
  remind: (ctx) => remindJob(ctx),
  sendNow: (ctx) => sendSummaryJob(ctx, 'now', buildForMail),
  setUp: (ctx) => setUpJob(ctx),
  // The sidebar does one chunk of 50 and calls again; the menu does as many as fit in the execution.
  createTabs: (ctx, _payload, via) => orgPassJob(ctx, 'createTabs', via === 'sidebar' ? tabsChunk : undefined),
  auditProtection: (ctx, _payload, via) =>
    orgPassJob(ctx, 'auditProtection', via === 'sidebar' ? tabsChunk : undefined),
  restoreProtection: (ctx, _payload, via) =>
    orgPassJob(ctx, 'restoreProtection', via === 'sidebar' ? tabsChunk : undefined),
  installTrigger: (ctx) => plain(installMonthlyTriggerAt(ctx.books.settings().sendHour)),
  removeTrigger: () => plain(removeMonthlyTriggerNow()),
  saveSendHour: (ctx, payload) => plain(applySendHour(saveSendHour(ctx, payload.hour))),
  state: (ctx) => ({ ok: true, message: '', state: sidebarState(ctx) }),
  select: (payload) => selectCell(payload),
  monthly: monthlySend,
  monthlyRetry: (ctx) => {
    try {
      // A fired one-off trigger stays listed until deleted.
      clearMonthlyRetries();
    } catch {
      // Left listed, it is harmless; the send matters.
    }
    return monthlySend(ctx);
  },
  hourly: (ctx) => checkJob(ctx, true),
  filesLater: (ctx) => readOnward(ctx),
};
