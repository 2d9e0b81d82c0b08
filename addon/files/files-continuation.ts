import { actions } from '../actions';
import type { ActionOutcome } from '../infra/run-action';

/** The handler of the one-off trigger that goes on reading (and writing into) organisation files. */
export const filesContinuationHandler = actions.filesLater.global;

/** How long after a run the next one starts: the per-minute quota is refilled by then. */
export const filesContinuationDelayMs = 60_000;

/** Deletes this user's continuation triggers (a one-off trigger stays listed after it fired). */
export function clearFilesContinuation(): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === filesContinuationHandler) ScriptApp.deleteTrigger(trigger);
  }
}

/**
 * Makes the one continuation run a minute from now (`ScriptApp…timeBased().after(ms)`), in place
 * of any waiting one. False when Apps Script refused it: the committee then clicks again.
 */
export function scheduleFilesContinuation(): boolean {
  try {
    clearFilesContinuation();
    ScriptApp.newTrigger(filesContinuationHandler).timeBased().after(filesContinuationDelayMs).create();
    return true;
  } catch {
    return false;
  }
}

/** The continuation found the lease busy (a build, a check…): it runs again a minute later. */
export function continueFilesLater(): ActionOutcome {
  scheduleFilesContinuation();
  return { ok: true, journaled: true, message: 'Чтение файлов организаций отложено на минуту: идёт другое действие.' };
}
