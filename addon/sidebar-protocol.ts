/**
 * What the sidebar and the server say to each other through `google.script.run.sidebarCall(action, payload)`.
 * Plain JSON both ways; the server answers every call with a `SidebarResult`, never throws to the client.
 */
export type SidebarAction =
  | 'state'
  | 'setUp'
  | 'createTabs'
  | 'check'
  | 'build'
  | 'sendNow'
  | 'remind'
  | 'installTrigger'
  | 'removeTrigger'
  | 'saveSendHour'
  /** Activates a tab and cell of the open spreadsheet: payload `{ tab, cell }` (cell may be null). */
  | 'select';

/** A problem shown in the sidebar: clicking it selects the cell. */
export interface SidebarProblem {
  readonly org: string;
  readonly tab: string;
  readonly cell: string | null;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  /** `#gid=…&range=B14` link in the reports spreadsheet, or null. */
  readonly url: string | null;
}

export interface SidebarState {
  readonly user: string;
  readonly isCommittee: boolean;
  readonly schoolYear: string;
  readonly lastBuild: string | null;
  readonly lastSend: string | null;
  readonly triggerInstalled: boolean;
  readonly sendHour: number;
  /** The id of the spreadsheet the sidebar is open in: a problem link into another one is followed, not selected. */
  readonly spreadsheetId?: string;
  /** A long job that is part-way (tab creation, reminders): the sidebar resumes it. */
  readonly pending: { readonly action: SidebarAction; readonly done: number; readonly total: number } | null;
  /** Someone else is building: who and since when. */
  readonly lease: { readonly who: string; readonly since: string } | null;
}

export type SidebarResult =
  | {
      readonly ok: true;
      /** Russian one-line outcome, e.g. «Проверено 152 организации: 120 сдали, 20 с ошибками…». */
      readonly message: string;
      /** For chunked jobs: progress so far; the client calls the same action again until `done === total`. */
      readonly progress?: { readonly done: number; readonly total: number };
      readonly counts?: Readonly<Record<string, number>>;
      readonly problems?: readonly SidebarProblem[];
      readonly state?: SidebarState;
    }
  | { readonly ok: false; readonly message: string };
