import { committeeTabNames, tabNames } from '../../core/grid/tab-names';
import { readSettings } from '../../core/directory/read-settings';
import type { ReportsMode, Settings } from '../../core/directory/settings';
import type { SheetData } from '../../core/grid/sheet-data';
import type { Issue } from '../../core/issues/issue';
import { readGrids } from '../adapter/read-grids';
import { errorText, UserFacingError } from '../adapter/sheets-service';
import { readMeta, type SpreadsheetMeta } from '../adapter/spreadsheet-meta';
import { documentProperties, propertyKeys } from './properties';

/** The committee tabs the add-on reads: its own but `Инструкция`, and `История` (outputs and `Журнал` are only written). */
const committeeDataTabs: readonly string[] = [
  ...committeeTabNames.filter((name) => name !== tabNames.instruction),
  tabNames.history,
];

function key(name: string): string {
  return name.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

/**
 * The committee's spreadsheet id: the active document, else the id stored at set-up (a
 * time-driven trigger of an add-on has no active document).
 */
function committeeSpreadsheetId(): string {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return active.getId();
  const stored =
    documentProperties().getProperty(propertyKeys.committeeId) ??
    PropertiesService.getScriptProperties().getProperty(propertyKeys.committeeId);
  if (!stored) {
    throw new UserFacingError('Не найдена таблица комитета: откройте её и выполните «Настроить таблицу».');
  }
  return stored;
}

/**
 * The committee's spreadsheet and the reports spreadsheet of one action: metadata and committee
 * tabs read once and cached, so the guard, the job and the `Журнал` writer share the reads.
 */
export class Books {
  private committeeMetaCache: SpreadsheetMeta | null = null;
  private reportsMetaCache: SpreadsheetMeta | null = null;
  private tabsCache: Map<string, SheetData> | null = null;
  private settingsCache: { settings: Settings; issues: Issue[] } | null = null;

  constructor(readonly committeeId: string = committeeSpreadsheetId()) {}

  committeeMeta(): SpreadsheetMeta {
    this.committeeMetaCache ??= readMeta(this.committeeId);
    return this.committeeMetaCache;
  }

  timeZone(): string {
    return this.committeeMeta().timeZone;
  }

  /** `Настройки`, `Организации`, `Дорожная карта`, `Состояние`, `История` (those that exist), in one read. */
  committeeTabs(): Map<string, SheetData> {
    if (!this.tabsCache) {
      const wanted = new Set(committeeDataTabs.map(key));
      const titles = this.committeeMeta()
        .sheets.map((s) => s.title)
        .filter((t) => wanted.has(key(t)));
      const read = titles.length ? readGrids(this.committeeId, titles) : { sheets: [] };
      this.tabsCache = new Map(read.sheets.map((s) => [key(s.name), s]));
    }
    return this.tabsCache;
  }

  /** A committee tab by name (case, `ё` and spaces ignored), or undefined. */
  committeeTab(name: string): SheetData | undefined {
    return this.committeeTabs().get(key(name));
  }

  settingsRead(): { settings: Settings; issues: Issue[] } {
    this.settingsCache ??= readSettings(this.committeeTab(tabNames.settings), this.timeZone());
    return this.settingsCache;
  }

  settings(): Settings {
    return this.settingsRead().settings;
  }

  /** `Отчёты организаций`: one file per organisation, tabs of `Таблица отчётов`, or tabs of this spreadsheet. */
  reportsMode(): ReportsMode {
    return this.settings().reportsMode;
  }

  /**
   * The spreadsheet holding the organisation tabs in a one-file mode: `Таблица отчётов` («в таблице
   * отчётов»), this spreadsheet («в этой таблице»). In `в отдельных файлах` there is none: each
   * organisation has its file (`files/list-org-files.ts`).
   */
  reportsId(): string {
    const mode = this.reportsMode();
    if (mode === 'thisSpreadsheet') return this.committeeId;
    const id = mode === 'reportsSpreadsheet' ? this.settings().reportsSpreadsheet : '';
    if (!id) {
      // In files mode nothing asks for it: the files are listed (`files/list-org-files.ts`).
      throw new UserFacingError('«Таблица отчётов» в «Настройках» пуста: вставьте ссылку на неё.');
    }
    return id;
  }

  /** Whether the organisation tabs are in this spreadsheet (`в этой таблице`). */
  oneFile(): boolean {
    return this.reportsMode() === 'thisSpreadsheet';
  }

  reportsMeta(): SpreadsheetMeta {
    if (this.oneFile()) return this.committeeMeta();
    if (!this.reportsMetaCache) {
      try {
        this.reportsMetaCache = readMeta(this.reportsId());
      } catch (error) {
        throw new UserFacingError(
          `Не удалось открыть таблицу отчётов (Настройки → «Таблица отчётов»): ${errorText(error)}. Проверьте ссылку и доступ.`,
        );
      }
    }
    return this.reportsMetaCache;
  }

  /** Forgets the metadata after a write that added tabs. */
  refresh(): void {
    this.committeeMetaCache = null;
    this.reportsMetaCache = null;
  }

  /** Forgets everything read (after a write to the committee tabs). */
  forgetTabs(): void {
    this.refresh();
    this.tabsCache = null;
    this.settingsCache = null;
  }
}
