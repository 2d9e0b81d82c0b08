import * as z from 'zod/mini';
import { jsonProperty } from './properties';

/**
 * Every JSON value the add-on keeps in properties, with its schema (the types are inferred from
 * them). A stored value that does not fit is logged and treated as absent: a damaged lease is no
 * lease, a damaged cursor starts over, a damaged claim is no claim.
 */
const whoAndWhen = z.object({ at: z.string(), who: z.string() });

/** The build lease (design §10): who holds it, what runs, since when, and until when it counts. */
export const leaseSchema = z.object({
  who: z.string(),
  /** What is running, in Russian («сборка сводки», «проверка отчётов»). */
  what: z.optional(z.string()),
  /** `DD.MM.YYYY HH:mm` in the committee's zone. */
  since: z.string(),
  /** Epoch ms after which a lease left by a crashed run is ignored. */
  expires: z.number(),
  token: z.string(),
});
export type Lease = z.infer<typeof leaseSchema>;
export const leaseProperty = jsonProperty('profkarta.lease', leaseSchema);

/** Tab creation part-way: organisations done of the directory's total. */
export const tabsCursorSchema = z.object({ done: z.int().check(z.gte(0)), total: z.int().check(z.gte(0)) });
export type TabsCursor = z.infer<typeof tabsCursorSchema>;
export const tabsCursorProperty = jsonProperty('profkarta.tabsCursor', tabsCursorSchema);

/** The last build and the last check: when (`DD.MM.YYYY HH:mm`) and by whom. */
export const lastBuildProperty = jsonProperty('profkarta.lastBuild', whoAndWhen);
export const lastCheckProperty = jsonProperty('profkarta.lastCheck', whoAndWhen);

/** A monthly send under way: its month (`YYYY-MM`) and since when (epoch ms). */
export const monthlyClaimSchema = z.object({ month: z.string().check(z.regex(/^\d{4}-\d{2}$/)), since: z.number() });
export const monthlyClaimProperty = jsonProperty('profkarta.monthlySendClaim', monthlyClaimSchema);

/** A reminder round left part-way by the quota: sent so far of the round's total. */
export const remindProgressSchema = z.object({ sent: z.int().check(z.gte(0)), total: z.int().check(z.gte(0)) });
export const remindProgressProperty = jsonProperty('profkarta.remindProgress', remindProgressSchema);

/** What the last install of the monthly trigger set up (a trigger cannot tell its hour). */
export const monthlyTriggerSchema = z.object({
  hour: z.int().check(z.gte(0), z.lte(23)),
  timeZone: z.string(),
  by: z.string(),
  at: z.string(),
});
export type MonthlyTriggerRecord = z.infer<typeof monthlyTriggerSchema>;
export const monthlyTriggerProperty = jsonProperty('profkarta.monthlyTrigger', monthlyTriggerSchema);
