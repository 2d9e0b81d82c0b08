import type { CallCounter } from './calls';
import type { FakeWorld } from './world';

/** What a fake service factory gets: the shared world and the call counter. */
export interface FakeEnv {
  readonly world: FakeWorld;
  readonly counter: CallCounter;
}

/** Builds the globals one service adds (e.g. `{ MailApp }`), over the shared world. */
export type FakeServiceFactory = (env: FakeEnv) => Record<string, unknown>;

const registered = new Map<string, FakeServiceFactory>();

/**
 * Registers a fake service for every fake created afterwards: other helpers add MailApp,
 * UrlFetchApp, ScriptApp triggers, quotas in their own `test/apps-script/fake/<service>.ts`
 * and call this at module load (or pass `extra` to `createFakeGas` for one test).
 *
 * @param name - a unique key, e.g. 'MailApp'
 * @param factory - returns the globals to add
 */
export function registerFakeService(name: string, factory: FakeServiceFactory): void {
  registered.set(name, factory);
}

export function registeredServices(): readonly FakeServiceFactory[] {
  return [...registered.values()];
}
