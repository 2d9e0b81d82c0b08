import * as z from 'zod/mini';
import { isoDateSchema } from '../dates/date-schemas';
import { orgTypes } from '../directory/organisation';
import { type RatioIndicator, ratioIndicators } from '../indicators/stats';
import { roadmapStatuses } from '../roadmap/roadmap-item';

const count = z.int().check(z.gte(0));

/** A figure: `numerator / denominator`; `value` the unrounded fraction 0–1, null for «нет данных». */
export const ratioSchema = z.object({
  numerator: z.number(),
  denominator: z.number(),
  value: z.nullable(z.number()),
  /** Organisations whose data entered the figure. */
  contributors: count,
});

const ratios = Object.fromEntries(ratioIndicators.map((key) => [key, ratioSchema])) as {
  readonly [K in RatioIndicator]: typeof ratioSchema;
};

/** STATS of design §8: the indicators of the city, a district or an organisation (the same shape at every level). */
export const statsSchema = z.object({
  expected: count,
  expectedByType: z.record(z.enum(orgTypes), count),
  submitted: count,
  withErrors: count,
  empty: count,
  missing: count,
  /** ООО by declared level; every active ООО once. */
  levels: z.object({ basic: count, main: count, advanced: count, none: count }),
  ...ratios,
  overdue: count,
  noDeadline: count,
  events: z.object({ takingPart: ratioSchema, participants: count, winners: count }),
  engineering: z.object({ classes: count, pupils: count, schools: count }),
});

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
    z.extend(statsSchema, {
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
