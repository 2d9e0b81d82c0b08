import type { ActionContext } from '../infra/run-action';
import type { RemindInput, RemindPorts } from './remind-ports';
import { journalFor } from './summary-ports';

/** How the add-on reads and checks everything for reminders, and records who was reminded. */
export interface RemindSources {
  load(ctx: ActionContext): RemindInput;
  recordReminders(ctx: ActionContext, sent: readonly { readonly code: string; readonly date: string }[]): void;
}

/** The production services of reminders, over one action's context. */
export function remindPortsFor(ctx: ActionContext, sources: RemindSources): RemindPorts {
  return {
    load: () => sources.load(ctx),
    recordReminders: (sent) => sources.recordReminders(ctx, sent),
    journal: journalFor(ctx),
    timeZone: () => ctx.books.timeZone() || Session.getScriptTimeZone(),
    now: () => new Date(),
  };
}
