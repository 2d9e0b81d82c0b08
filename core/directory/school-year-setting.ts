import type { SchoolYear } from '../dates/school-year';
import type { SheetData } from '../grid/sheet-data';
import { cellText } from '../values/cell-text';
import { gridRow } from './grid-row';
import { parseSchoolYear } from './parse-school-year';
import { settingKeyOfLabel } from './settings-labels';

/**
 * The school year a workbook records in its `Настройки` (`Учебный год`, label in A, value in B),
 * or null when there is no such tab or row, or its value is blank or unreadable — where
 * `readSettings` would fall back to the default, this says that nothing was recorded. A roadmap
 * workbook written by `import-roadmap` records its year this way.
 *
 * @param sheet - the `Настройки` tab, if any
 * @param timeZone - the zone of `Date` cells
 * @example schoolYearSetting({ name: 'Настройки', values: [['Учебный год', '2024/2025']] }, 'UTC') // { start: 2024 }
 */
export function schoolYearSetting(sheet: SheetData | undefined, timeZone: string): SchoolYear | null {
  if (!sheet || !Array.isArray(sheet.values)) return null;
  for (let r = 0; r < sheet.values.length; r++) {
    const row = gridRow(sheet.values, r);
    if (settingKeyOfLabel(cellText(row[0])) === 'schoolYear') return parseSchoolYear(cellText(row[1], timeZone));
  }
  return null;
}
