import { actions } from '../actions';
import type { ActionContext, ActionOutcome } from '../infra/run-action';
import { ReadingPending, whileReading } from './reading-pending';
import { syncOrgFiles, usesOrgFiles } from './sync-org-files';

/** The handler of the one-off trigger that reads on the organisation files. */
const handler = actions.filesLater.global;

/** Deletes this user's continuation triggers (a one-off trigger stays listed after it fired). */
function clearFilesContinuation(): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === handler) ScriptApp.deleteTrigger(trigger);
  }
}

/**
 * Makes the one continuation run a minute from now, when the per-minute quota is refilled
 * (`ScriptApp…timeBased().after(ms)`), in place of any waiting one. When Apps Script refuses it,
 * the next check or build reads on.
 */
export function scheduleFilesContinuation(): void {
  try {
    clearFilesContinuation();
    ScriptApp.newTrigger(handler).timeBased().after(60_000).create();
  } catch {
    // The next check, build or hourly run reads on.
  }
}

/**
 * The continuation trigger's job, under the lease: reads on the organisation files left to read
 * (`syncOrgFiles`), and while some are left, runs again a minute later; `Журнал` gets a line per
 * run («Прочитано файлов организаций: 250 из 410…»).
 *
 * @param ctx - the action
 */
export function readOnward(ctx: ActionContext): ActionOutcome {
  clearFilesContinuation();
  if (!usesOrgFiles(ctx.books)) return { ok: true, journaled: true, message: '' };
  return whileReading(() => {
    const files = syncOrgFiles(ctx);
    if (files.left > 0) throw new ReadingPending(files.total - files.left, files.total);
    return { ok: true, message: `Прочитаны все файлы организаций: ${files.total}.` };
  });
}
