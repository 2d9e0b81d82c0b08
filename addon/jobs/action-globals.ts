import type { JournalAction } from '../../core/history/journal';
import { type ActionGlobal, type ActionName, type ActionSpec, actions } from '../actions';
import { type ActionOutcome, notify, runAction } from '../infra/run-action';
import { actionJobs } from './action-jobs';
import { actionOptions } from './action-options';

type Global = () => unknown;

function globalOf(name: ActionName, spec: ActionSpec): Global {
  const job = actionJobs[name] as (...args: unknown[]) => unknown;
  if (!spec.journal) return () => job(null);
  const options = actionOptions(spec as ActionSpec & { journal: JournalAction });
  if (spec.access === 'trigger') return () => runAction(options, (ctx) => job(ctx, null, 'trigger') as ActionOutcome);
  return () => notify(runAction(options, (ctx) => job(ctx, null, 'menu') as ActionOutcome));
}

/**
 * The Apps Script global of every action that has one (`checkSubmissions`, `monthlyJob`, …), made
 * from the registry: a menu item runs the whole job and shows a toast; a trigger runs without a user.
 */
export const actionGlobalFunctions = Object.fromEntries(
  (Object.entries(actions) as [ActionName, ActionSpec][]).flatMap(([name, spec]) =>
    spec.global ? [[spec.global, globalOf(name, spec)]] : [],
  ),
) as Readonly<Record<ActionGlobal, Global>>;
