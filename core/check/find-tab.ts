import type { SheetData } from '../grid/sheet-data';

/** A tab name compared as the design says codes are: trimmed, whatever the case. */
export function tabKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Tabs by `tabKey`; the first of two tabs with the same key wins (an exact name first).
 *
 * @param sheets - the tabs of a spreadsheet
 * @example tabsByKey([{ name: ' SCH1 ', values: [] }]).get('sch1')?.name // ' SCH1 '
 */
export function tabsByKey(sheets: readonly SheetData[]): Map<string, SheetData> {
  const map = new Map<string, SheetData>();
  for (const sheet of sheets) {
    const key = tabKey(String(sheet.name ?? ''));
    const known = map.get(key);
    if (!known || (known.name !== known.name.trim() && sheet.name === sheet.name.trim())) map.set(key, sheet);
  }
  return map;
}
