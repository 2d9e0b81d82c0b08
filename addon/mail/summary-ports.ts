import { tabNames } from '../../core/grid/tab-names';
import { settingKeyOfLabel } from '../../core/directory/settings-labels';
import { cellText } from '../../core/values/cell-text';
import { type ActionContext, journalEntry } from '../infra/run-action';
import { appendJournal } from '../infra/journal';
import type { BuiltSummary, JournalEntry, SummaryPorts } from './mail-ports';

/** How the add-on builds the summary for the email: the build job, given the action's context. */
export type SummaryBuilder = (ctx: ActionContext, kind: 'monthly' | 'build') => BuiltSummary;

/** `Получатели сводки` exactly as written (the settings reader keeps only the valid addresses). */
export function rawRecipients(ctx: ActionContext): string {
  const sheet = ctx.books.committeeTab(tabNames.settings);
  for (const row of sheet?.values ?? []) {
    if (settingKeyOfLabel(cellText(row[0])) === 'summaryRecipients') return cellText(row[1]);
  }
  return ctx.books.settings().summaryRecipients.join(', ');
}

/** Writes mail lines to `Журнал` as the action's user (or «триггер»), at the action's time. */
export function journalFor(ctx: ActionContext): (entry: JournalEntry) => void {
  return (entry) =>
    appendJournal(ctx.books.committeeId, null, [journalEntry(ctx, entry.what, entry.outcome, entry.failure)]);
}

/** The production services of the summary send, over one action's context. */
export function summaryPortsFor(ctx: ActionContext, build: SummaryBuilder): SummaryPorts {
  return {
    build: (kind) => build(ctx, kind),
    journal: journalFor(ctx),
    timeZone: () => ctx.books.timeZone() || Session.getScriptTimeZone(),
    now: () => new Date(),
  };
}
