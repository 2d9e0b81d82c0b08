import * as z from 'zod/mini';
import { isoDateSchema } from '../dates/date-schemas';
import { orgTypes } from '../directory/organisation';
import { exclusions } from '../indicators/figure';
import {
  type IndicatorCatalogue,
  type IndicatorKey,
  indicatorCatalogue,
  indicatorKeys,
} from '../indicators/indicator-catalogue';
import type { GroupKey, MemberOf, TopKey } from '../indicators/stats';
import { roadmapStatuses } from '../roadmap/roadmap-item';

const count = z.int().check(z.gte(0));

/** A figure: `numerator / denominator`; `value` the unrounded fraction 0–1, null for «нет данных». */
const ratioSchema = z.object({
  numerator: z.number(),
  denominator: z.number(),
  value: z.nullable(z.number()),
  /** Organisations whose data entered the figure. */
  contributors: count,
});

/** A share as a ratio, a count as a whole number: how STATS shows an indicator of the catalogue. */
type ViewSchema<K extends IndicatorKey> = IndicatorCatalogue[K]['unit'] extends 'share'
  ? typeof ratioSchema
  : typeof count;
type ViewShape = { readonly [K in TopKey]: ViewSchema<K> } & {
  readonly [G in GroupKey]: z.ZodMiniObject<{
    readonly [M in MemberOf<G>]: ViewSchema<Extract<`${G}.${M}`, IndicatorKey>>;
  }>;
};

/** The catalogue's indicators as STATS shows them (`levels.basic` under `levels: { basic }`). */
function viewShape(): ViewShape {
  const shape: Record<string, z.ZodMiniType> = {};
  const groups: Record<string, Record<string, z.ZodMiniType>> = {};
  for (const key of indicatorKeys()) {
    const schema = indicatorCatalogue[key].unit === 'share' ? ratioSchema : count;
    const [group = key, member] = key.split('.');
    if (member === undefined) shape[group] = schema;
    else groups[group] = { ...groups[group], [member]: schema };
  }
  for (const [group, members] of Object.entries(groups)) shape[group] = z.object(members);
  // Built key by key from the catalogue, which is what ViewShape is derived from.
  return shape as unknown as ViewShape;
}

/**
 * A figure with who was counted: the parts, the organisations counted and of the area, the others by
 * reason, the use of ОО-1, and why organisations counted are not in the numerator (where the figure says).
 */
const figureSchema = z.object({
  numerator: z.number(),
  denominator: z.number(),
  value: z.nullable(z.number()),
  contributors: count,
  of: count,
  excluded: z.partialRecord(z.enum(exclusions), count),
  oo1: z.optional(z.object({ schools: count, capped: count, cappedPupils: count })),
  unmet: z.optional(z.partialRecord(z.enum(exclusions), count)),
});

const indicatorKey = z.enum(indicatorKeys());

/** Every indicator of the catalogue in STATS's shape, and the organisations expected, submitted, empty and missing. */
const statsView = {
  expected: count,
  expectedByType: z.record(z.enum(orgTypes), count),
  submitted: count,
  empty: count,
  missing: count,
  ...viewShape(),
};

/**
 * STATS of design §8 for the city or a district: the catalogue's indicators (a share as a ratio,
 * a count as a number) and each again in `figures` with who was counted.
 */
const statsSchema = z.object({ ...statsView, figures: z.record(indicatorKey, figureSchema) });

const orgStatuses = ['submitted', 'errors', 'empty', 'missing'] as const;

/**
 * The `summary --json` document (design §8): the schema is its definition, `SummaryJson` its type
 * and `profkarta schema` prints it as JSON Schema.
 */
export const summaryJsonSchema = z.object({
  asOf: isoDateSchema,
  /** `2023/2024`. */
  schoolYear: z.string(),
  city: statsSchema,
  /** By district name. */
  districts: z.record(z.string(), statsSchema),
  /** By organisation code: its figures and who it is. */
  orgs: z.record(
    z.string(),
    z.object({
      ...statsView,
      name: z.string(),
      type: z.enum(orgTypes),
      district: z.string(),
      status: z.enum(orgStatuses),
    }),
  ),
  /** Per roadmap item window with a deadline: how the reporting organisations stand, and the committee. */
  roadmap: z.array(
    z.object({
      id: z.string(),
      /** 1-based window of the item. */
      window: z.int().check(z.gte(1)),
      title: z.string(),
      start: isoDateSchema,
      end: isoDateSchema,
      total: count,
      counts: z.record(z.enum(roadmapStatuses), count),
      committee: z.nullable(z.enum(roadmapStatuses)),
    }),
  ),
  recommendations: z.array(
    z.object({
      org: z.string(),
      code: z.string(),
      /** What it is about when a rule applies several times to one organisation (`item_overdue`: the item window, `3.2/1`). */
      subject: z.optional(z.string()),
      priority: z.number(),
      message: z.string(),
    }),
  ),
  /** What «Сдали в срок» rests on: `Срок сдачи` (null: not set) and whether `Состояние` held first-submission dates. */
  onTimeBasis: z.object({ deadline: z.nullable(isoDateSchema), stateKept: z.boolean() }),
});

export type SummaryJson = z.infer<typeof summaryJsonSchema>;
