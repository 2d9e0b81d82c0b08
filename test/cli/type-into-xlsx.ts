import ExcelJS from 'exceljs';
import type { Organisation } from '../../core/directory/organisation';
import type { Settings } from '../../core/directory/settings';
import { orgTemplate } from '../../core/form/render-org-tab';
import type { Roadmap } from '../../core/roadmap/roadmap-item';
import { type FillOverrides, filledOrgSheet } from '../fixtures/filled-org-sheet';
import { sheetFromOutput } from '../fixtures/sheet-from-output';

/** One cell a school types: 0-based row and column, and the value as typed. */
export interface Edit {
  readonly row: number;
  readonly column: number;
  readonly value: unknown;
}

/**
 * What a school types into its fresh tab to fill it as `filledOrgSheet` does: the cells where
 * the filled grid differs from the template.
 */
export function schoolEdits(
  org: Organisation,
  roadmap: Roadmap,
  settings: Settings,
  overrides: FillOverrides = {},
): Edit[] {
  const blank = sheetFromOutput(orgTemplate(org, roadmap, settings)).values;
  const filled = filledOrgSheet(org, roadmap, { settings, ...overrides }).values;
  const edits: Edit[] = [];
  filled.forEach((row, r) => {
    row.forEach((value, c) => {
      const before = blank[r]?.[c] ?? null;
      if ((value ?? null) !== before) edits.push({ row: r, column: c, value: value ?? null });
    });
  });
  return edits;
}

/**
 * Opens an .xlsx, lets `change` edit it with exceljs, saves it back: what a user does in Excel.
 *
 * @param path - the workbook
 * @param change - the edits
 */
export async function editXlsx(path: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  change(wb);
  await wb.xlsx.writeFile(path);
}

/** Types the edits into a tab as text, numbers or dates exactly as given. */
export function typeInto(wb: ExcelJS.Workbook, tab: string, edits: readonly Edit[]): void {
  const ws = wb.getWorksheet(tab);
  if (!ws) throw new Error(`нет листа ${tab}`);
  for (const e of edits) ws.getCell(e.row + 1, e.column + 1).value = e.value as ExcelJS.CellValue;
}
