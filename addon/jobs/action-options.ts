import type { JournalAction } from '../../core/history/journal';
import type { ActionSpec } from '../actions';
import type { ActionOptions } from '../infra/run-action';
import { scheduleMonthlyRetry } from '../mail/monthly-retry';

/**
 * The `runAction` options of an action of the registry (`actions.ts`), the same on every path
 * (menu, sidebar, trigger): its `Журнал` action; a trigger's run or an open (read-only) one; the
 * lease a writing action holds; set-up's first member; what a busy lease does instead of refusing.
 *
 * @param spec - the action, one with a `Журнал` action
 * @example actionOptions(actions.build) // { what: 'build', lease: 'сборка сводки' }
 */
export function actionOptions(spec: ActionSpec & { readonly journal: JournalAction }): ActionOptions {
  return {
    what: spec.journal,
    ...(spec.access === 'trigger' ? { trigger: true } : {}),
    ...(spec.access === 'open' ? { open: true } : {}),
    ...(spec.lease ? { lease: spec.lease } : {}),
    ...(spec.firstMember ? { firstMember: true } : {}),
    ...(spec.whenBusy === 'retry' ? { whenBusy: scheduleMonthlyRetry } : {}),
  };
}
