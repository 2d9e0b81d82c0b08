import { placeText } from '../../core/issues/place-text';
import { tabKey } from '../../core/check/find-tab';
import type { Organisation } from '../../core/directory/organisation';
import { cellUrl } from '../adapter/a1-range';
import type { ActionContext } from '../infra/run-action';
import type { SidebarProblem } from '../sidebar-protocol';
import { sameEditors } from './committee-editors';
import { orgEditors } from './org-tabs';

/**
 * The organisation tabs whose protection is missing or whose editors differ from the directory's
 * emails plus the committee, one problem per tab (one metadata read for all tabs).
 *
 * @param ctx - the action
 * @param orgs - the active organisations
 */
export function protectionAudit(ctx: ActionContext, orgs: readonly Organisation[]): SidebarProblem[] {
  const meta = ctx.books.reportsMeta();
  const byKey = new Map(meta.sheets.map((s) => [tabKey(s.title), s]));
  const problems: SidebarProblem[] = [];
  for (const org of orgs) {
    const sheet = byKey.get(tabKey(org.code));
    const place = placeText({ tab: sheet?.title ?? org.code, row: null, column: null }, org.name);
    const base = { org: org.code, tab: org.code, cell: null, place, severity: 'warning' as const };
    if (!sheet) {
      problems.push({
        ...base,
        message: 'Листа организации нет: выполните «Создать и обновить листы организаций».',
        url: null,
      });
      continue;
    }
    const url = cellUrl(meta.id, sheet.sheetId, null);
    const whole = sheet.protections.filter((p) => p.wholeSheet);
    if (whole.length === 0) {
      problems.push({
        ...base,
        tab: sheet.title,
        message: 'Лист не защищён: его может изменить любой, у кого есть доступ к таблице.',
        url,
      });
      continue;
    }
    const expected = orgEditors(ctx, org);
    const actual = whole.flatMap((p) => p.editors);
    if (!sameEditors(actual, expected)) {
      const extra = actual.filter((e) => !expected.includes(e));
      const missing = expected.filter((e) => !actual.includes(e));
      const said = [
        extra.length ? `лишние редакторы — ${extra.join(', ')}` : '',
        missing.length ? `не хватает редакторов — ${missing.join(', ')}` : '',
      ].filter(Boolean);
      problems.push({
        ...base,
        tab: sheet.title,
        message: `Защита листа расходится со справочником: ${said.join('; ')}.`,
        url,
      });
    }
  }
  return problems;
}
