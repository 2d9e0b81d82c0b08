import { notify, runAction } from '../infra/run-action';
import type { SidebarResult } from '../sidebar-protocol';
import { setUpJob } from './set-up';

/** Menu «Настроить таблицу»: see `setUpJob`. */
export function setUpSpreadsheet(): SidebarResult {
  return notify(runAction({ what: 'setup' }, setUpJob));
}
