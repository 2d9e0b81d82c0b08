import { tabNames } from '../../core/grid/tab-names';
import { settingKeyOfLabel, type SettingKey, settingsLabels } from '../../core/directory/settings-labels';
import { cellText } from '../../core/values/cell-text';
import { cellData } from '../adapter/cell-data';
import { cellRequest } from '../adapter/sheet-requests';
import type { TabWrite } from '../adapter/write-batches';
import type { Books } from '../infra/books';

/**
 * The write of one `Настройки` value into column B of its row, as a typed value (an email stays
 * text, an hour a number); when the tab has no such row, the row (label and value) is appended.
 * Null when `Настройки` itself is missing.
 *
 * @param books - the committee's spreadsheet, `Настройки` read
 * @param key - the setting
 * @param value - what to write
 * @example settingWrite(books, 'sendHour', 9) // { title: 'Настройки', requests: [{ updateCells: … }] }
 */
export function settingWrite(books: Books, key: SettingKey, value: string | number): TabWrite | null {
  const tab = books.committeeTab(tabNames.settings);
  const sheet = books.committeeMeta().sheets.find((s) => s.title === tab?.name);
  if (!tab || !sheet) return null;
  const row = tab.values.findIndex((r) => settingKeyOfLabel(cellText(r[0])) === key);
  if (row < 0) {
    return {
      title: sheet.title,
      requests: [
        {
          appendCells: {
            sheetId: sheet.sheetId,
            rows: [{ values: [cellData(settingsLabels[key].label), cellData(value)] }],
            fields: 'userEnteredValue',
          },
        },
      ],
    };
  }
  return {
    title: sheet.title,
    requests: [cellRequest(sheet.sheetId, row, 1, cellData(value), 'userEnteredValue')],
  };
}
