import type { ProtectionSpec } from '../adapter/sheet-requests';
import type { ActionContext } from '../infra/run-action';

/** Description of the protections the add-on puts on committee tabs (the audit recognises them). */
export const committeeProtection = 'Профкарта: лист комитета';

/**
 * Who edits the committee tabs and, with the organisation's emails, each organisation tab:
 * `Сотрудники комитета`, or while that list is empty the user running the action (the owner, as
 * the guard allows). The owner of a spreadsheet can always edit; Sheets adds them itself.
 */
export function committeeEditors(ctx: ActionContext): string[] {
  const staff = ctx.books.settings().committeeStaff.map((e) => e.trim().toLowerCase());
  const list = staff.length > 0 ? staff : ctx.user ? [ctx.user] : [];
  return [...new Set(list)].sort();
}

/** Whether two editor lists name the same people (case and order ignored). */
export function sameEditors(a: readonly string[], b: readonly string[]): boolean {
  const x = [...new Set(a.map((e) => e.toLowerCase()))].sort();
  const y = [...new Set(b.map((e) => e.toLowerCase()))].sort();
  return x.length === y.length && x.every((e, i) => e === y[i]);
}

/** The protection of a tab only the committee edits: its tabs, `Инструкция` of a file of forms. */
export function committeeProtect(ctx: ActionContext): ProtectionSpec {
  return { editors: committeeEditors(ctx), description: committeeProtection };
}
