import type { JournalAction } from '../../core/history/journal';
import { type ActionSpec, actions, type PayloadOf, type SidebarAction, sidebarActionNames } from '../actions';
import { runAction } from '../infra/run-action';
import { payloadRefusal } from '../sidebar-payloads';
import type { SidebarResult } from '../sidebar-protocol';
import { actionJobs } from './action-jobs';
import { actionOptions } from './action-options';

type Dispatch = (payload: unknown) => SidebarResult;

function dispatchOf(name: SidebarAction, spec: ActionSpec): Dispatch {
  const job = actionJobs[name] as (...args: unknown[]) => SidebarResult;
  if (!spec.journal) return (payload) => job(payload) ?? { ok: false, message: 'Действие ничего не ответило.' };
  const options = actionOptions(spec as ActionSpec & { journal: JournalAction });
  return (payload) => runAction(options, (ctx) => job(ctx, payload, 'sidebar'));
}

// A Map, not an object: `constructor`, `__proto__` or `toString` are unknown names like any other.
const sidebarActions = new Map<string, { spec: ActionSpec; run: Dispatch }>(
  sidebarActionNames.map((name) => [name, { spec: actions[name], run: dispatchOf(name, actions[name]) }]),
);

function shownName(action: unknown): string {
  return typeof action === 'string' ? action.slice(0, 100) : typeof action;
}

/**
 * The sidebar's one server function (`google.script.run.sidebarCall(action, payload)`): looks the
 * action up in the registry (`actions.ts`), checks the payload against its schema, and runs the
 * job through `runAction` (committee guard, the lease of a writing action, `Журнал`, Russian
 * failures); always answers plain JSON, never throws. An unknown name — any name, prototype names
 * included — or a payload that does not fit is a Russian refusal. `createTabs` does one chunk of 50
 * organisations and answers `progress`; the sidebar calls again until `done === total`. `select`
 * only activates a cell: no guard, no lease, no `Журнал` line.
 *
 * @param action - what the sidebar asks
 * @param payload - the action's argument (`{ hour }` for `saveSendHour`, `{ tab, cell }` for `select`), else null
 */
export function sidebarCall<A extends SidebarAction>(action: A, payload?: PayloadOf<A>): SidebarResult;
export function sidebarCall(action: unknown, payload?: unknown): SidebarResult;
export function sidebarCall(action: unknown, payload: unknown = null): SidebarResult {
  const entry = typeof action === 'string' ? sidebarActions.get(action) : undefined;
  if (!entry) return { ok: false, message: `Неизвестное действие: ${shownName(action)}.` };
  const parsed = entry.spec.payload?.safeParse(payload);
  if (!parsed?.success) return { ok: false, message: parsed ? payloadRefusal(parsed.error) : 'Действие недоступно.' };
  const result = entry.run(parsed.data);
  return JSON.parse(JSON.stringify(result)) as SidebarResult;
}
