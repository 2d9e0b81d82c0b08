import type { EntryPoint } from './entry-points';
import { actionGlobalFunctions } from './jobs/action-globals';
import { sidebarCall } from './jobs/sidebar-call';
import { onInstall, onOpen } from './menu';

/**
 * The add-on's globals by name, bundled as `App`: the build's top-level stubs call `App.NAME`.
 * One per name of `entry-points.ts`; the actions' globals come from the registry.
 */
export const App: { readonly [N in EntryPoint]: (...args: never[]) => unknown } = {
  onOpen,
  onInstall,
  sidebarCall,
  ...actionGlobalFunctions,
};
