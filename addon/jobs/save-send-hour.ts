import { UserFacingError } from '../adapter/sheets-service';
import { writeBatches } from '../adapter/write-batches';
import { assertLease } from '../infra/lease';
import type { ActionContext } from '../infra/run-action';
import { settingWrite } from './setting-write';

/**
 * Writes `Час отправки сводки` into `Настройки` (column B of its row), as a number, in one
 * `batchUpdate`. The hour is whole and within 0–23: `sidebarCall` checked it against the action's
 * payload schema (`sendHourPayload`).
 *
 * @param ctx - the action
 * @param hour - from the sidebar, checked
 * @returns the hour written
 */
export function saveSendHour(ctx: ActionContext, hour: number): number {
  assertLease(ctx, 'saveSendHour');
  const write = settingWrite(ctx.books, 'sendHour', hour);
  if (!write) {
    throw new UserFacingError('В таблице нет листа «Настройки»: выполните «Настроить таблицу».');
  }
  writeBatches(ctx.books.committeeId, [write]);
  ctx.books.forgetTabs();
  return hour;
}
