import type { SidebarResult } from '../sidebar-protocol';

/** An A1 cell or range (`B14`, `B14:D20`): anything else is refused before asking Sheets. */
const a1Pattern = /^[A-Z]{1,3}[1-9]\d{0,6}(?::[A-Z]{1,3}[1-9]\d{0,6})?$/i;

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The sidebar's `select` action: activates `tab` (and `cell` in it) in the spreadsheet where the
 * sidebar is open, so clicking a problem takes the user to its cell without reloading the page.
 * No committee guard (selecting shows nothing the user cannot open) and no `Журнал` line; never
 * throws: a tab not in this spreadsheet (the reports spreadsheet of the two-spreadsheet form) or a
 * cell that is not there answers `ok: false`, and the sidebar follows the problem's link instead.
 *
 * @param payload - `{ tab, cell }`; a null `cell` activates the tab alone
 */
export function selectCell(payload: unknown): SidebarResult {
  const p = typeof payload === 'object' && payload !== null ? (payload as { tab?: unknown; cell?: unknown }) : {};
  const tab = text(p.tab);
  const cell = p.cell === null || p.cell === undefined ? '' : text(p.cell);
  if (!tab) return { ok: false, message: 'Не указан лист, который нужно открыть.' };
  if (p.cell !== null && p.cell !== undefined && !a1Pattern.test(cell)) {
    return { ok: false, message: `Ячейка «${String(p.cell)}» не читается: ожидается адрес вида B14.` };
  }
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
