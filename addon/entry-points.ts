import { type ActionGlobal, actionGlobals } from './actions';

/**
 * Every Apps Script global: the menu's hooks, the sidebar's one server function and the global of
 * every action of the registry (`actions.ts`). The build appends a real top-level
 * `function NAME(...a) { return App.NAME(...a); }` for each, and `main.ts` provides each.
 */
export const entryPoints: readonly EntryPoint[] = ['onOpen', 'onInstall', ...actionGlobals, 'sidebarCall'];

export type EntryPoint = 'onOpen' | 'onInstall' | 'sidebarCall' | ActionGlobal;
