import { schoolYearLabel } from '../../core/dates/school-year';
import { mailState } from '../mail/mail-state';
import { remindJob } from '../mail/remind-late';
import { sendSummaryJob } from '../mail/send-summary';
import { currentLease } from '../infra/lease';
import { propertyKeys, readJsonProperty } from '../infra/properties';
import { committeeRefusal } from '../infra/committee-guard';
import { type ActionContext, type ActionOptions, type ActionOutcome, runAction } from '../infra/run-action';
import type { SidebarAction, SidebarResult, SidebarState } from '../sidebar-protocol';
import { applySendHour, installMonthlyTriggerAt, removeMonthlyTriggerNow } from '../triggers/monthly-trigger';
import { buildJob } from './build-job';
import { buildForMail } from './summary-builder';
import { checkJob } from './check-job';
import { createTabsJob, tabsChunk } from './create-tabs';
import { saveSendHour } from './save-send-hour';
import { selectCell } from './select-cell';
import { setUpJob } from './set-up';

/** What the sidebar shows on opening: who, the school year, last build and send, the trigger, a job part-way, a running build. */
export function sidebarState(ctx: ActionContext): SidebarState {
  const settings = ctx.books.settings();
  const build = readJsonProperty<{ at: string }>(propertyKeys.lastBuild);
  const tabs = readJsonProperty<{ done: number; total: number }>(propertyKeys.tabsCursor);
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

type Job = { readonly options: ActionOptions; readonly run: (ctx: ActionContext, payload: unknown) => ActionOutcome };

const plain = (outcome: { ok: boolean; message: string }): ActionOutcome =>
  outcome.ok ? { ok: true, message: outcome.message } : { ok: false, message: outcome.message };

/** Each sidebar action: its `Журнал` action and its job (committee-only except `state`). */
const jobs: Readonly<Record<Exclude<SidebarAction, 'select'>, Job>> = {
  state: {
    options: { what: 'check', open: true },
    run: (ctx) => ({ ok: true, message: '', state: sidebarState(ctx) }),
  },
  setUp: { options: { what: 'setup' }, run: (ctx) => setUpJob(ctx) },
  createTabs: { options: { what: 'protection' }, run: (ctx) => createTabsJob(ctx, tabsChunk) },
  check: { options: { what: 'check' }, run: (ctx) => checkJob(ctx) },
  build: { options: { what: 'build' }, run: (ctx) => buildJob(ctx) },
  sendNow: { options: { what: 'send' }, run: (ctx) => sendSummaryJob(ctx, 'now', buildForMail) },
  remind: { options: { what: 'reminder' }, run: (ctx) => remindJob(ctx) },
  installTrigger: {
    options: { what: 'setup' },
    run: (ctx) => plain(installMonthlyTriggerAt(ctx.books.settings().sendHour)),
  },
  removeTrigger: { options: { what: 'setup' }, run: () => plain(removeMonthlyTriggerNow()) },
  saveSendHour: {
    options: { what: 'setup' },
    run: (ctx, payload) => plain(applySendHour(saveSendHour(ctx, (payload as { hour?: unknown } | null)?.hour))),
  },
};

/**
 * The sidebar's one server function (`google.script.run.sidebarCall(action, payload)`): dispatches
 * to the job through `runAction` (committee guard, `Журнал`, Russian failures) and always answers
 * plain JSON, never throws. `createTabs` does one chunk of 50 organisations and answers `progress`;
 * the sidebar calls again until `done === total`. `select` (clicking a problem) only activates a
 * cell: no guard, no lease, no `Журнал` line.
 *
 * @param action - what the sidebar asks
 * @param payload - the action's argument (`{ hour }` for `saveSendHour`, `{ tab, cell }` for `select`), else null
 */
export function sidebarCall(action: SidebarAction, payload: unknown = null): SidebarResult {
  if (action === 'select') return selectCell(payload);
  const job = jobs[action];
  if (!job) return { ok: false, message: `Неизвестное действие: ${String(action)}.` };
  const result = runAction(job.options, (ctx) => job.run(ctx, payload));
  return JSON.parse(JSON.stringify(result)) as SidebarResult;
}
