import { UserFacingError } from '../adapter/sheets-service';
import { writeBatches } from '../adapter/write-batches';
import { assertLease } from '../infra/lease';
import type { ActionContext } from '../infra/run-action';
import { settingWrite } from './setting-write';

/**
 * Writes `Час отправки сводки` into `Настройки` (column B of its row), as a number, in one
 * `batchUpdate`; refuses anything but a whole hour 0–23.
 *
 * @param ctx - the action
 * @param hour - from the sidebar
 * @returns the hour written
 */
export function saveSendHour(ctx: ActionContext, hour: unknown): number {
  assertLease(ctx, 'saveSendHour');
  const value = typeof hour === 'string' ? Number(hour.trim()) : hour;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 23) {
    throw new UserFacingError('Час отправки — целое число от 0 до 23.');
  }
  const write = settingWrite(ctx.books, 'sendHour', value);
  if (!write) {
    throw new UserFacingError('В таблице нет листа «Настройки»: выполните «Настроить таблицу».');
  }
  writeBatches(ctx.books.committeeId, [write]);
  ctx.books.forgetTabs();
  return value;
}
