import { type ActionGlobal, type ActionName, type ActionSpec, actions } from '../actions';
import { notify, runAction } from '../infra/run-action';
import { actionJobs } from './action-jobs';

type Global = () => unknown;

function globalOf(name: ActionName, spec: ActionSpec): Global {
  const job = actionJobs[name] as (...args: unknown[]) => unknown;
  if (!spec.journal) return () => job(null);
  if (spec.access === 'trigger') {
    const options = { what: spec.journal, trigger: true };
    return () => runAction(options, (ctx) => job(ctx, null, 'trigger') as ReturnType<Parameters<typeof runAction>[1]>);
  }
  const options = { what: spec.journal, open: spec.access === 'open' };
  return () =>
    notify(runAction(options, (ctx) => job(ctx, null, 'menu') as ReturnType<Parameters<typeof runAction>[1]>));
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
