import { type FakeDriveItem, type FakeSpreadsheet, folderMime, newSheet, spreadsheetMime } from './model';

/**
 * Everything the fake services share: the Drive items and spreadsheets, who is running, the
 * properties, the fake clock and the executions it times, the locks, the quotas, and switches tests
 * use to inject failures or run code in the middle of a write.
 *
 * Semantics (each with the Google page it follows):
 * - Who acts. Writes, reads and sharing run "under the authority of" the effective user
 *   (https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()): the
 *   `effectiveUser`, else `activeUser`, else `defaultUser`; `asUser(email, fn)` makes another user
 *   act (a school typing).
 * - The clock. `now` (epoch ms) advances by `callCosts` on each counted service call, by
 *   `Utilities.sleep` and by lock waits; `new Date()`/`Date.now()` of the script read it.
 * - Executions. Each `FakeGas.run` is one execution; it may run 6 minutes of fake time
 *   (https://developers.google.com/apps-script/guides/services/quotas#current_limitations): the
 *   first service call after that throws `Exceeded maximum execution time`
 *   (https://developers.google.com/apps-script/guides/support/troubleshooting#common_errors) and the
 *   run ends with it even if the script caught it. Its locks are released when it ends
 *   (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
 */

/** One run of the script: its id (the lock holder), when it started, whether the time limit killed it. */
export interface FakeExecution {
  readonly id: string;
  readonly startedAt: number;
  killed: boolean;
}

export const executionLimitMessage = 'Exceeded maximum execution time';

/** Fake time each service call takes, by longest matching name prefix (`Service.method`). */
const defaultCallCosts: Readonly<Record<string, number>> = {
  'Sheets.': 100,
  'Drive.': 100,
  'DriveApp.': 100,
  'File.': 100,
  'Folder.': 100,
  'SpreadsheetApp.openById': 100,
  'SpreadsheetApp.create': 100,
  'Spreadsheet.addEditor': 100,
  'Spreadsheet.removeEditor': 100,
};

/** A lock held by an execution until `until` (Infinity: until it is released or its execution ends). */
export interface HeldLock {
  readonly holder: string;
  readonly until: number;
}

export type LockKind = 'script' | 'document' | 'user';

const worlds = new WeakMap<FakeDriveItem, FakeWorld>();

/** The world a Drive item or spreadsheet belongs to (undefined for one built by hand). */
export function worldOf(item: FakeDriveItem): FakeWorld | undefined {
  return worlds.get(item);
}

export class FakeWorld {
  readonly books = new Map<string, FakeSpreadsheet>();
  /** Every Drive item by id: folders, plain files and the spreadsheets of `books` (same objects). */
  readonly files = new Map<string, FakeDriveItem>();
  /** The fake's one My Drive root (alias `root` in Drive queries). */
  readonly rootFolderId: string;
  /** The document the script is bound to; null in a trigger of an add-on (no active document). */
  activeId: string | null = null;
  /** `Session.getActiveUser().getEmail()`; '' when Google hides it. */
  activeUser = '';
  /** `Session.getEffectiveUser().getEmail()`: whose authority the script's calls use. */
  effectiveUser = '';
  /**
   * Who acts when a test sets neither user: the owner of the first spreadsheet made in this world
   * (its bound script, run by its owner); Apps Script always has an effective user.
   */
  defaultUser = '';
  scriptTimeZone = 'Asia/Yekaterinburg';
  readonly documentProperties = new Map<string, string>();
  readonly scriptProperties = new Map<string, string>();
  readonly userProperties = new Map<string, Map<string, string>>();
  /** Emails Google refuses to share with. */
  readonly unshareable = new Set<string>();
  /** Sharing calls left (addEditor, addViewer, Drive.Permissions.create) before Drive refuses them. */
  sharingQuota = Number.POSITIVE_INFINITY;
  /** Distinct addresses one file may be shared with. */
  shareLimit = 600;
  /** Sheets API requests per minute per user (https://developers.google.com/sheets/api/limits). */
  readonly sheetsQuota = { reads: 60, writes: 60 };
  /** Per `metric:user`, the current one-minute window of Sheets API requests. */
  readonly quotaWindows = new Map<string, { start: number; count: number }>();
  /** Makes a later `batchUpdate` fail (after `okBefore` successful ones), applying nothing. */
  failBatch: { okBefore: number; message: string } | null = null;
  /** Called before each `batchUpdate` is applied (e.g. to start a second build mid-write). */
  onBatchUpdate: ((spreadsheetId: string, requests: unknown[]) => void) | null = null;
  readonly batchLog: { spreadsheetId: string; requests: number; bytes: number }[] = [];
  /** The button a user clicks in an alert that offers a choice (`Ui.alert(…, ButtonSet.YES_NO)`). */
  alertAnswer: 'YES' | 'NO' | 'CANCEL' | 'CLOSE' | 'OK' = 'YES';
  /** What the script showed: toasts, alerts, sidebars. */
  readonly shown: { kind: 'toast' | 'alert' | 'sidebar'; text: string }[] = [];
  /** The last `activate()` of a tab or range: 0-based box, end exclusive (the whole tab for a tab). */
  selection: { spreadsheetId: string; tab: string; r0: number; c0: number; r1: number; c1: number } | null = null;
  /** `console.*` and `Logger.log` lines of the script under test. */
  readonly logs: { level: string; text: string }[] = [];
  /** The fake clock, epoch ms; starts at the real time the world is made, unless given. */
  now: number;
  /** Fake ms per service call, by name prefix; a test may change them. */
  callCosts: Record<string, number> = { ...defaultCallCosts };
  /** How long one execution may run, fake ms. */
  executionLimitMs = 6 * 60 * 1000;
  /** Running executions, innermost last (a run started from a callback nests). */
  readonly executions: FakeExecution[] = [];
  /** Lock key (`script`, `document:ID`, `user:EMAIL`) → who holds it. */
  readonly locks = new Map<string, HeldLock>();
  private readonly actingStack: string[] = [];
  private sheetIdSeed = 1_000;
  private itemSeed = 0;
  private executionSeed = 0;

  constructor(options: { now?: number } = {}) {
    this.now = options.now ?? Date.now();
    this.rootFolderId = this.newId('root');
    this.newItem(this.rootFolderId, 'Мой диск', folderMime, '', []);
  }

  nextSheetId(): number {
    return this.sheetIdSeed++;
  }

  private newId(kind: string): string {
    this.itemSeed++;
    return `${kind}${String(this.itemSeed).padStart(3, '0')}_${'x'.repeat(30)}`;
  }

  private newItem(id: string, name: string, mimeType: string, owner: string, parents: string[]): FakeDriveItem {
    const who = owner.trim().toLowerCase();
    const item: FakeDriveItem = {
      id,
      name,
      mimeType,
      parents,
      owner: who,
      editors: who ? [who] : [],
      viewers: [],
      notified: {},
      link: { access: 'PRIVATE', permission: 'NONE' },
      createdTime: this.now,
      modifiedTime: this.now,
      trashed: false,
    };
    this.files.set(id, item);
    worlds.set(item, this);
    return item;
  }

  /** A new spreadsheet with one empty `Лист1` (gid 0), owned by `owner`, in a folder (My Drive by default). */
  createSpreadsheet(
    name: string,
    owner: string,
    timeZone = 'Asia/Yekaterinburg',
    parentId = this.rootFolderId,
  ): FakeSpreadsheet {
    const item = this.newItem(this.newId('fake'), name, spreadsheetMime, owner, [parentId]);
    if (!this.defaultUser) this.defaultUser = item.owner;
    const book = Object.assign(item, {
      timeZone,
      locale: 'ru_RU',
      sheets: [newSheet(0, 'Лист1')],
      protections: [],
      nextProtectionId: 1,
    }) as FakeSpreadsheet;
    this.books.set(book.id, book);
    return book;
  }

  /** A new folder owned by `owner` (My Drive by default). */
  createFolder(name: string, owner: string, parentId = this.rootFolderId): FakeDriveItem {
    return this.newItem(this.newId('folder'), name, folderMime, owner, [parentId]);
  }

  /** A new plain file with text content. */
  createFile(name: string, content: string, mimeType: string, owner: string, parentId = this.rootFolderId) {
    const item = this.newItem(this.newId('file'), name, mimeType, owner, [parentId]);
    item.content = content;
    return item;
  }

  book(id: string): FakeSpreadsheet {
    const book = this.books.get(id);
    if (!book) throw new Error(`Requested entity was not found. (spreadsheet ${id})`);
    return book;
  }

  /** A Drive item by id (`root` is the My Drive root), or undefined. */
  item(id: string): FakeDriveItem | undefined {
    return this.files.get(id === 'root' ? this.rootFolderId : id);
  }

  /** Moves the clock on. */
  advance(ms: number): void {
    this.now += Math.max(0, Number(ms) || 0);
  }

  /**
   * A content change by `who` (the acting user by default): the item's modification time becomes
   * now (never going back) and they become its last modifier (Drive's `lastModifyingUser`).
   */
  touch(item: FakeDriveItem, who = this.actingUser()): void {
    item.modifiedTime = Math.max(this.now, item.modifiedTime);
    if (who) item.lastModifier = who.trim().toLowerCase();
  }

  /** Fake ms a call takes: the cost of the longest prefix of its name. */
  costOf(name: string): number {
    let best = -1;
    let cost = 0;
    for (const [prefix, ms] of Object.entries(this.callCosts)) {
      if (name.startsWith(prefix) && prefix.length > best) {
        best = prefix.length;
        cost = ms;
      }
    }
    return cost;
  }

  /** Every counted service call: refused once the execution ran out of time, else the clock moves on. */
  serviceCall(name: string): void {
    const execution = this.currentExecution();
    if (execution && (execution.killed || this.now - execution.startedAt > this.executionLimitMs)) {
      execution.killed = true;
      throw new Error(executionLimitMessage);
    }
    this.advance(this.costOf(name));
  }

  currentExecution(): FakeExecution | null {
    return this.executions[this.executions.length - 1] ?? null;
  }

  /** The holder id of locks taken now: the running execution, or `outside` (test code). */
  executionId(): string {
    return this.currentExecution()?.id ?? 'outside';
  }

  beginExecution(): FakeExecution {
    const execution: FakeExecution = { id: `execution-${++this.executionSeed}`, startedAt: this.now, killed: false };
    this.executions.push(execution);
    return execution;
  }

  /** Ends an execution: Apps Script releases the locks it still holds. */
  endExecution(execution: FakeExecution): void {
    const index = this.executions.lastIndexOf(execution);
    if (index >= 0) this.executions.splice(index, 1);
    for (const [key, lock] of this.locks) if (lock.holder === execution.id) this.locks.delete(key);
  }

  /**
   * The account calls are made as (lower case): `asUser`'s, else the effective, else the active
   * user, else `defaultUser`.
   */
  actingUser(): string {
    const who =
      this.actingStack[this.actingStack.length - 1] ?? (this.effectiveUser || this.activeUser || this.defaultUser);
    return who.trim().toLowerCase();
  }

  /** Runs `fn` with `email` acting (Sheets, Drive and SpreadsheetApp check their access). */
  asUser<T>(email: string, fn: () => T): T {
    this.actingStack.push(email);
    try {
      return fn();
    } finally {
      this.actingStack.pop();
    }
  }

  /** The key of a lock kind now: the script's, the active document's, or the acting user's. */
  lockKey(kind: LockKind, scope?: string): string {
    if (kind === 'script') return 'script';
    if (kind === 'document') return `document:${scope ?? this.activeId ?? ''}`;
    return `user:${(scope ?? this.actingUser()).toLowerCase()}`;
  }

  /**
   * Another execution holds a lock (for `forMs`, or until `releaseHeldLock`): e.g. a trigger's
   * build holding the script lock while the test runs a menu action.
   */
  holdLock(kind: LockKind, options: { by?: string; forMs?: number; scope?: string } = {}): void {
    const until = options.forMs === undefined ? Number.POSITIVE_INFINITY : this.now + options.forMs;
    this.locks.set(this.lockKey(kind, options.scope), { holder: options.by ?? 'another-execution', until });
  }

  releaseHeldLock(kind: LockKind, scope?: string): void {
    this.locks.delete(this.lockKey(kind, scope));
  }
}
