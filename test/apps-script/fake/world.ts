import { type FakeSpreadsheet, newSheet } from './model';

/**
 * Everything the fake services share: the spreadsheets ("Drive"), who is running, the properties,
 * the lock, and switches tests use to inject failures or run code in the middle of a write.
 */
export class FakeWorld {
  readonly books = new Map<string, FakeSpreadsheet>();
  /** The document the script is bound to; null in a trigger of an add-on (no active document). */
  activeId: string | null = null;
  /** `Session.getActiveUser().getEmail()`; '' when Google hides it. */
  activeUser = '';
  /** `Session.getEffectiveUser().getEmail()`. */
  effectiveUser = '';
  scriptTimeZone = 'Asia/Yekaterinburg';
  readonly documentProperties = new Map<string, string>();
  readonly scriptProperties = new Map<string, string>();
  readonly userProperties = new Map<string, Map<string, string>>();
  /** Holder of the script/document lock, or null. */
  lockHolder: string | null = null;
  /** Emails `addEditor` refuses (Google cannot share with them). */
  readonly unshareable = new Set<string>();
  /** Makes a later `batchUpdate` fail (after `okBefore` successful ones), applying nothing. */
  failBatch: { okBefore: number; message: string } | null = null;
  /** Called before each `batchUpdate` is applied (e.g. to start a second build mid-write). */
  onBatchUpdate: ((spreadsheetId: string, requests: unknown[]) => void) | null = null;
  readonly batchLog: { spreadsheetId: string; requests: number; bytes: number }[] = [];
  /** What the script showed: toasts, alerts, sidebars. */
  readonly shown: { kind: 'toast' | 'alert' | 'sidebar'; text: string }[] = [];
  /** The last `activate()` of a tab or range: 0-based box, end exclusive (the whole tab for a tab). */
  selection: { spreadsheetId: string; tab: string; r0: number; c0: number; r1: number; c1: number } | null = null;
  /** `console.*` and `Logger.log` lines of the script under test. */
  readonly logs: { level: string; text: string }[] = [];
  private sheetIdSeed = 1_000;
  private bookSeed = 0;

  nextSheetId(): number {
    return this.sheetIdSeed++;
  }

  /** A new spreadsheet with one empty `Лист1` (gid 0), owned by `owner`. */
  createSpreadsheet(name: string, owner: string, timeZone = 'Asia/Yekaterinburg'): FakeSpreadsheet {
    this.bookSeed++;
    const id = `fake${String(this.bookSeed).padStart(3, '0')}_${'x'.repeat(30)}`;
    const book: FakeSpreadsheet = {
      id,
      name,
      timeZone,
      owner,
      editors: [owner],
      sheets: [newSheet(0, 'Лист1')],
      protections: [],
      nextProtectionId: 1,
    };
    this.books.set(id, book);
    return book;
  }

  book(id: string): FakeSpreadsheet {
    const book = this.books.get(id);
    if (!book) throw new Error(`Requested entity was not found. (spreadsheet ${id})`);
    return book;
  }
}
