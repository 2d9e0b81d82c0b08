import type { SpreadsheetMeta } from './spreadsheet-meta';

/**
 * Chooses gids for new tabs before the batch that adds them, so the same batch can fill them:
 * a hash of the name (stable across runs), moved on when taken.
 *
 * @param meta - the spreadsheet as it is now
 */
export function sheetIdAllocator(meta: SpreadsheetMeta): (title: string) => number {
  const used = new Set(meta.sheets.map((s) => s.sheetId));
  return (title: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < title.length; i++) h = Math.imul(h ^ title.charCodeAt(i), 0x01000193) >>> 0;
    let id = (h % 2_000_000_000) + 1;
    while (used.has(id)) id = (id % 2_000_000_000) + 1;
    used.add(id);
    return id;
  };
}
