import { vi } from 'vitest';
import { createMailAppFake, type MailAppFake } from './fake/mail-app';
import { formatDate } from './fake/zone';
import { createScriptAppFake, type ScriptAppFake } from './fake/script-app';
import { createUrlFetchAppFake, type FakeResponse, type UrlFetchAppFake } from './fake/url-fetch-app';

/** The Apps Script globals the mail and trigger code touches, in memory, installed with `vi.stubGlobal`. */
export interface MailTestEnv {
  readonly mail: MailAppFake;
  readonly fetch: UrlFetchAppFake;
  readonly script: ScriptAppFake;
  readonly documentProperties: Map<string, string>;
  readonly sleeps: number[];
  flushes: number;
  timeZone: string;
}

function properties(store: Map<string, string>) {
  return {
    getProperty: (key: string) => store.get(key) ?? null,
    setProperty(key: string, value: string) {
      store.set(key, String(value));
      return this;
    },
    deleteProperty(key: string) {
      store.delete(key);
      return this;
    },
    getProperties: () => Object.fromEntries(store),
  };
}

/** Installs fresh fakes as globals; `vi.unstubAllGlobals()` removes them. */
export function installMailTestEnv(
  options: { quota?: number; fetches?: FakeResponse[]; user?: string } = {},
): MailTestEnv {
  const env: MailTestEnv = {
    mail: createMailAppFake(options.quota === undefined ? {} : { quota: options.quota }),
    fetch: createUrlFetchAppFake(options.fetches ?? []),
    script: createScriptAppFake(options.user === undefined ? {} : { user: options.user }),
    documentProperties: new Map(),
    sleeps: [],
    flushes: 0,
    timeZone: 'Asia/Yekaterinburg',
  };
  let held = false;
  vi.stubGlobal('MailApp', env.mail);
  vi.stubGlobal('UrlFetchApp', env.fetch);
  vi.stubGlobal('ScriptApp', env.script);
  vi.stubGlobal('PropertiesService', {
    getDocumentProperties: () => properties(env.documentProperties),
    getScriptProperties: () => properties(env.documentProperties),
  });
  vi.stubGlobal('LockService', {
    getScriptLock: () => ({
      tryLock() {
        if (held) return false;
        held = true;
        return true;
      },
      waitLock() {
        if (held) throw new Error('Lock timeout');
        held = true;
      },
      releaseLock() {
        held = false;
      },
      hasLock: () => held,
    }),
  });
  vi.stubGlobal('Session', {
    getScriptTimeZone: () => env.timeZone,
    getEffectiveUser: () => ({ getEmail: () => env.script.user }),
    getActiveUser: () => ({ getEmail: () => env.script.user }),
  });
  vi.stubGlobal('Utilities', {
    sleep: (ms: number) => env.sleeps.push(ms),
    formatDate: (date: Date, timeZone: string, pattern: string) => formatDate(date, timeZone, pattern),
  });
  vi.stubGlobal('SpreadsheetApp', {
    flush() {
      env.flushes++;
    },
  });
  return env;
}
