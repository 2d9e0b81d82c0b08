import { notify, runAction } from '../infra/run-action';
import type { SidebarResult } from '../sidebar-protocol';
import { buildJob } from './build-job';
import { checkJob } from './check-job';
import { createTabsJob } from './create-tabs';
import { setUpJob } from './set-up';
import { buildForMail } from './summary-builder';
import { sendSummaryJob } from '../mail/send-summary';

/** Menu «Настроить таблицу»: see `setUpJob`. */
export function setUpSpreadsheet(): SidebarResult {
  return notify(runAction({ what: 'setup' }, setUpJob));
}

/** Menu «Создать и обновить листы организаций»: as many chunks as fit in one execution (see `createTabsJob`). */
export function createOrganisationTabs(): SidebarResult {
  return notify(runAction({ what: 'protection' }, (ctx) => createTabsJob(ctx)));
}

/** Menu «Проверить отчёты»: see `checkJob`. */
export function checkSubmissions(): SidebarResult {
  return notify(runAction({ what: 'check' }, (ctx) => checkJob(ctx)));
}

/** Menu «Собрать сводку»: see `runBuild`. */
export function buildSummary(): SidebarResult {
  return notify(runAction({ what: 'build' }, buildJob));
}

/** Optional hourly trigger: re-checks the tabs whose content changed (no user, no UI). */
export function hourlyJob(): SidebarResult {
  return runAction({ what: 'check', trigger: true }, (ctx) => checkJob(ctx, true));
}

/** Menu and sidebar «Отправить сводку сейчас»: the mail helper's send over this build. */
export function sendSummaryNow(): SidebarResult {
  return notify(runAction({ what: 'send' }, (ctx) => sendSummaryJob(ctx, 'now', buildForMail)));
}

/** Monthly trigger handler (day 1 at `Час отправки сводки`; no active document). */
export function monthlyJob(): SidebarResult {
  return runAction({ what: 'send', trigger: true }, (ctx) => sendSummaryJob(ctx, 'monthly', buildForMail));
}
