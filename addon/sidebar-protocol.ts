import * as z from 'zod/mini';
import { sidebarActionNames } from './actions';

/**
 * What the sidebar and the server say to each other through `google.script.run.sidebarCall(action, payload)`.
 * Plain JSON both ways. The server checks each payload against its action's schema (`actions.ts`);
 * the sidebar checks each answer against `sidebarResultSchema`; the types are inferred from the schemas.
 */
export type { SidebarAction } from './actions';

/** A problem shown in the sidebar: clicking it selects the cell. */
const sidebarProblemSchema = z.readonly(
  z.object({
    org: z.string(),
    tab: z.string(),
    cell: z.nullable(z.string()),
    /** Where it stands, in words: «лист «S0004» (МБОУ «СОШ № 4»), ячейка B14». */
    place: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    /** `#gid=…&range=B14` link in the reports spreadsheet, or null. */
    url: z.nullable(z.string()),
  }),
);
export type SidebarProblem = z.infer<typeof sidebarProblemSchema>;

const progress = z.readonly(z.object({ done: z.number(), total: z.number() }));

const sidebarStateSchema = z.readonly(
  z.object({
    user: z.string(),
    isCommittee: z.boolean(),
    /** Why this user may not act and what to do, in Russian (null or absent when they may). */
    refusal: z.optional(z.nullable(z.string())),
    /** A spreadsheet with no owner and no staff yet: «Настроить таблицу» may record this user as the first member. */
    firstMember: z.optional(z.boolean()),
    /** The report date falls outside the school year: the warning to show, in Russian. */
    reportDateWarning: z.optional(z.nullable(z.string())),
    schoolYear: z.string(),
    lastBuild: z.nullable(z.string()),
    lastSend: z.nullable(z.string()),
    triggerInstalled: z.boolean(),
    sendHour: z.number(),
    /** The id of the spreadsheet the sidebar is open in: a problem link into another one is followed, not selected. */
    spreadsheetId: z.optional(z.string()),
    /** A long job that is part-way (tab creation, reminders): the sidebar resumes it. */
    pending: z.nullable(
      z.readonly(z.object({ action: z.enum(sidebarActionNames), done: z.number(), total: z.number() })),
    ),
    /** A writing action is running: who started it (or a trigger), since when, and what it is. */
    lease: z.nullable(
      z.readonly(
        z.object({
          who: z.string(),
          since: z.string(),
          what: z.optional(z.string()),
          trigger: z.optional(z.boolean()),
        }),
      ),
    ),
  }),
);
export type SidebarState = z.infer<typeof sidebarStateSchema>;

export const sidebarResultSchema = z.discriminatedUnion('ok', [
  z.readonly(
    z.object({
      ok: z.literal(true),
      /** Russian one-line outcome, e.g. «Проверено 152 организации: 120 сдали, 20 с ошибками…». */
      message: z.string(),
      /** For chunked jobs: progress so far; the client calls the same action again until `done === total`. */
      progress: z.optional(progress),
      counts: z.optional(z.readonly(z.record(z.string(), z.number()))),
      problems: z.optional(z.readonly(z.array(sidebarProblemSchema))),
      /** How many problems there are in all (`problems` holds the worst of them only). */
      problemsTotal: z.optional(z.number()),
      /** The tab that lists every problem («Проверка», «Журнал»). */
      problemsTab: z.optional(z.string()),
      state: z.optional(sidebarStateSchema),
    }),
  ),
  z.readonly(z.object({ ok: z.literal(false), message: z.string() })),
]);
export type SidebarResult = z.infer<typeof sidebarResultSchema>;
