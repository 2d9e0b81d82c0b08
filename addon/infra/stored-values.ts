import * as z from 'zod/mini';
import { type JsonProperty, jsonProperty, scriptProperties, userProperties } from './properties';

/**
 * Every JSON value the add-on keeps in properties, with its schema (the types are inferred from
 * them). A stored value that does not fit is logged and treated as absent: a damaged lease is no
 * lease, a damaged cursor starts over.
 */
const whoAndWhen = z.object({ at: z.string(), who: z.string() });

/**
 * The one lease of the add-on's writing actions (design §10): who holds it, what runs, since when,
 * until when it counts, and whether a trigger took it.
 */
export const leaseSchema = z.object({
  /** The user's email, or «триггер». */
  who: z.string(),
  /** What is running, in Russian («сборка сводки», «проверка отчётов»): the registry's `lease`. */
  what: z.string(),
  /** `DD.MM.YYYY HH:mm` in the committee's zone. */
  since: z.string(),
  /** Epoch ms after which a lease left by a crashed run is ignored. */
  expires: z.number(),
  token: z.string(),
  /** Taken by a time-driven run (no user); absent counts as a user's. */
  trigger: z.optional(z.boolean()),
});
export type Lease = z.infer<typeof leaseSchema>;

/**
 * The lease's one store: the script's properties, the only store every path has (an add-on's
 * time-driven trigger has no document properties), under a key per committee spreadsheet, since an
 * add-on's script properties are shared by every document it runs in.
 *
 * @param committeeId - the committee's spreadsheet
 * @example leaseProperty(id).key // 'profkarta.lease.1AbC…'
 */
export function leaseProperty(committeeId: string): JsonProperty<typeof leaseSchema> {
  return jsonProperty(`profkarta.lease.${committeeId}`, leaseSchema, scriptProperties);
}

/**
 * A pass over the organisations part-way (tab or file creation, «Проверить защиту», «Восстановить
 * защиту»): organisations done of the directory's total, and what the pass found so far.
 */
const tabsCursorSchema = z.object({
  done: z.int().check(z.gte(0)),
  total: z.int().check(z.gte(0)),
  /** The action part-way; absent: tab creation. */
  action: z.optional(z.enum(['createTabs', 'auditProtection', 'restoreProtection'])),
  /** Findings so far, one sentence each («S0001: лишние редакторы …»). */
  found: z.optional(z.array(z.string())),
  /** Forms created, upgraded, unchanged and fixed so far: the answer at the end counts the whole pass. */
  tally: z.optional(z.object({ created: z.int(), upgraded: z.int(), unchanged: z.int(), fixed: z.int() })),
});
export const tabsCursorProperty = jsonProperty('profkarta.tabsCursor', tabsCursorSchema);

/** The last build and the last check: when (`DD.MM.YYYY HH:mm`) and by whom. */
export const lastBuildProperty = jsonProperty('profkarta.lastBuild', whoAndWhen);
export const lastCheckProperty = jsonProperty('profkarta.lastCheck', whoAndWhen);

/** A reminder round left part-way by the quota: sent so far of the round's total. */
const remindProgressSchema = z.object({ sent: z.int().check(z.gte(0)), total: z.int().check(z.gte(0)) });
export const remindProgressProperty = jsonProperty('profkarta.remindProgress', remindProgressSchema);

/** What the last install of the monthly trigger set up (a trigger cannot tell its hour). */
const monthlyTriggerSchema = z.object({
  hour: z.int().check(z.gte(0), z.lte(23)),
  timeZone: z.string(),
  by: z.string(),
  at: z.string(),
});
export type MonthlyTriggerRecord = z.infer<typeof monthlyTriggerSchema>;
export const monthlyTriggerProperty = jsonProperty('profkarta.monthlyTrigger', monthlyTriggerSchema);

/**
 * The one-minute windows of reads and writes to organisation files (`SheetsPace`): when each opened
 * (epoch ms) and what it holds. The user's own: the quota is per user, and a trigger runs as its
 * installer, with the installer's properties.
 */
const paceWindowSchema = z.object({
  readsAt: z.number(),
  reads: z.int().check(z.gte(0)),
  writesAt: z.number(),
  writes: z.int().check(z.gte(0)),
});
export type PaceWindow = z.infer<typeof paceWindowSchema>;
export const paceProperty = jsonProperty('profkarta.pace', paceWindowSchema, userProperties);

/** Organisation files part-way (design §2): files read of those to read. */
export const filesProgressSchema = z.object({
  done: z.int().check(z.gte(0)),
  total: z.int().check(z.gte(0)),
});

/**
 * Where the progress lives: script properties per committee spreadsheet, as the lease, since the
 * continuation trigger has no document.
 *
 * @param committeeId - the committee's spreadsheet
 */
export function filesProgressProperty(committeeId: string): JsonProperty<typeof filesProgressSchema> {
  return jsonProperty(`profkarta.files.${committeeId}`, filesProgressSchema, scriptProperties);
}
