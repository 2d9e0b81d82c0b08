import type { CheckedPayloadOf } from '../actions';
import type { SidebarResult } from '../sidebar-protocol';

/**
 * The sidebar's `select` action: activates `tab` (and `cell` in it) in the spreadsheet where the
 * sidebar is open, so clicking a problem takes the user to its cell without reloading the page.
 * No committee guard (selecting shows nothing the user cannot open) and no `Журнал` line; never
 * throws: a tab not in this spreadsheet (the reports spreadsheet of the two-spreadsheet form) or a
 * cell that is not there answers `ok: false`, and the sidebar follows the problem's link instead.
 *
 * @param payload - `{ tab, cell }` as `selectPayload` checked them (`cell` an A1 address); a null `cell` activates the tab alone
 */
export function selectCell(payload: CheckedPayloadOf<'select'>): SidebarResult {
  const { tab } = payload;
  const cell = payload.cell ?? '';
  try {
    const sheet = SpreadsheetApp.getActive()?.getSheetByName(tab) ?? null;
    if (!sheet) return { ok: false, message: `Листа «${tab}» нет в этой таблице.` };
    if (!cell) {
      sheet.activate();
      return { ok: true, message: `Открыт лист «${tab}».` };
    }
    sheet.getRange(cell).activate();
    return { ok: true, message: `Открыта ячейка ${cell} на листе «${tab}».` };
  } catch {
    return { ok: false, message: `Не удалось открыть ячейку ${cell || ''} на листе «${tab}»: её нет на листе.` };
  }
}
