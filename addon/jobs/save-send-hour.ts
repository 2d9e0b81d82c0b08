import { tabNames } from '../../core/grid/tab-names';
import { settingKeyOfLabel } from '../../core/directory/settings-labels';
import { cellText } from '../../core/values/cell-text';
import { UserFacingError } from '../adapter/sheets-service';
import { writeBatches } from '../adapter/write-batches';
import type { ActionContext } from '../infra/run-action';

/**
 * Writes `Час отправки сводки` into `Настройки` (column B of its row), as a number, in one
 * `batchUpdate`; refuses anything but a whole hour 0–23.
 *
 * @param ctx - the action
 * @param hour - from the sidebar
 * @returns the hour written
 */
export function saveSendHour(ctx: ActionContext, hour: unknown): number {
  const value = typeof hour === 'string' ? Number(hour.trim()) : hour;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 23) {
    throw new UserFacingError('Час отправки — целое число от 0 до 23.');
  }
  const tab = ctx.books.committeeTab(tabNames.settings);
  const sheet = ctx.books.committeeMeta().sheets.find((s) => s.title === tab?.name);
  const row = tab?.values.findIndex((r) => settingKeyOfLabel(cellText(r[0])) === 'sendHour') ?? -1;
  if (!tab || !sheet || row < 0) {
    throw new UserFacingError('В «Настройках» нет строки «Час отправки сводки»: выполните «Настроить таблицу».');
  }
  writeBatches(ctx.books.committeeId, [
    {
      title: sheet.title,
      requests: [
        {
          updateCells: {
            start: { sheetId: sheet.sheetId, rowIndex: row, columnIndex: 1 },
            rows: [{ values: [{ userEnteredValue: { numberValue: value } }] }],
            fields: 'userEnteredValue',
          },
        },
      ],
    },
  ]);
  ctx.books.forgetTabs();
  return value;
}
