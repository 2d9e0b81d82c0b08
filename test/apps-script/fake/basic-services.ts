import { gunzipSync } from 'node:zlib';
import { type CallCounter, counted } from './calls';
import type { FakeWorld } from './world';
import { formatDate } from './zone';

function propertiesOver(store: Map<string, string>) {
  const props = {
    getProperty: (key: string) => store.get(key) ?? null,
    setProperty(key: string, value: string) {
      store.set(key, String(value));
      return props;
    },
    deleteProperty(key: string) {
      store.delete(key);
      return props;
    },
    getProperties: () => Object.fromEntries(store),
    setProperties(values: Record<string, string>) {
      for (const [k, v] of Object.entries(values)) store.set(k, String(v));
      return props;
    },
    getKeys: () => [...store.keys()],
    deleteAllProperties() {
      store.clear();
      return props;
    },
  };
  return props;
}

/** `PropertiesService`: document, script and per-user properties. */
export function fakePropertiesService(world: FakeWorld, counter: CallCounter) {
  return counted(
    {
      getDocumentProperties: () => (world.activeId ? propertiesOver(world.documentProperties) : null),
      getScriptProperties: () => propertiesOver(world.scriptProperties),
      getUserProperties: () => {
        const who = world.actingUser();
        const store = world.userProperties.get(who) ?? new Map<string, string>();
        world.userProperties.set(who, store);
        return propertiesOver(store);
      },
    },
    'PropertiesService',
    counter,
  ) as unknown as GoogleAppsScript.Properties.PropertiesService;
}

/** `Session`: the active and effective users, the script's zone. */
export function fakeSession(world: FakeWorld, counter: CallCounter) {
  return counted(
    {
      getActiveUser: () => ({ getEmail: () => world.activeUser }),
      getEffectiveUser: () => ({ getEmail: () => world.effectiveUser }),
      getScriptTimeZone: () => world.scriptTimeZone,
      getTemporaryActiveUserKey: () => `key-${world.activeUser}`,
    },
    'Session',
    counter,
  ) as unknown as GoogleAppsScript.Base.Session;
}

/** A `Blob` of text or bytes (https://developers.google.com/apps-script/reference/base/blob). */
function blob(data: string | number[], contentType?: string, name?: string) {
  const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.map((b) => b & 255));
  return {
    getDataAsString: (charset = 'UTF-8') => bytes.toString(/^utf-?8$/i.test(charset) ? 'utf8' : 'latin1'),
    getContentType: () => contentType ?? 'text/plain',
    getName: () => name ?? '',
    getBytes: () => [...bytes].map((b) => (b > 127 ? b - 256 : b)),
    setName(n: string) {
      name = n;
      return this;
    },
  };
}

/**
 * `Utilities`: formatDate with a zone, sleep (moves the fake clock: "puts the script to sleep for the
 * specified number of milliseconds", https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)),
 * a SHA-256 digest, base64, blobs, and `ungzip` ("uncompresses a Blob object",
 * https://developers.google.com/apps-script/reference/utilities/utilities#ungzip(BlobSource)).
 */
export function fakeUtilities(world: FakeWorld, counter: CallCounter) {
  return counted(
    {
      formatDate: (date: Date, timeZone: string, pattern: string) => formatDate(date, timeZone, pattern),
      sleep: (ms: number) => world.advance(ms),
      getUuid: () => 'uuid',
      base64Encode: (data: string) => Buffer.from(data).toString('base64'),
      // Apps Script's bytes are Java's: signed, -128…127.
      base64Decode: (data: string) => [...Buffer.from(data, 'base64')].map((b) => (b > 127 ? b - 256 : b)),
      newBlob: (data: string | number[], contentType?: string, name?: string) => blob(data, contentType, name),
      ungzip: (packed: { getBytes(): number[] }) =>
        blob([...gunzipSync(Buffer.from(packed.getBytes().map((b) => b & 255)))], 'application/octet-stream'),
    },
    'Utilities',
    counter,
  ) as unknown as GoogleAppsScript.Utilities.Utilities;
}

/** `HtmlService`: just enough to create the sidebar from a file and escape text. */
export function fakeHtmlService(counter: CallCounter, files: Record<string, string> = {}) {
  const output = (content: string) => {
    let title = '';
    const html = {
      getContent: () => content,
      setTitle(t: string) {
        title = t;
        return html;
      },
      getTitle: () => title,
      setWidth: () => html,
      setHeight: () => html,
      setSandboxMode: () => html,
      setXFrameOptionsMode: () => html,
      addMetaTag: () => html,
      append(more: string) {
        content += more;
        return html;
      },
    };
    return html;
  };
  return counted(
    {
      createHtmlOutputFromFile: (name: string) => output(files[name] ?? `<!-- ${name} -->`),
      createHtmlOutput: (content = '') => output(content),
      createTemplateFromFile: (name: string) => ({ evaluate: () => output(files[name] ?? `<!-- ${name} -->`) }),
      SandboxMode: { IFRAME: 'IFRAME' },
      XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    },
    'HtmlService',
    counter,
  ) as unknown as GoogleAppsScript.HTML.HtmlService;
}

/** `console` and `Logger` of the script: recorded in the world, never printed. */
export function fakeConsole(world: FakeWorld) {
  const record =
    (level: string) =>
    (...args: unknown[]) => {
      world.logs.push({
        level,
        text: args
          .map((a) => (a instanceof Error ? (a.stack ?? a.message) : typeof a === 'string' ? a : JSON.stringify(a)))
          .join(' '),
      });
    };
  const console = {
    log: record('log'),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
    debug: record('debug'),
  };
  const Logger = { log: record('Logger') };
  return { console, Logger };
}
