import * as z from 'zod/mini';
import { dateWindowSchema, isoDateSchema } from '../dates/date-schemas';
import { orgTypes } from '../directory/organisation';
import { itemKinds, roadmapStatuses } from './roadmap-item';

/** One item of the `roadmap` JSON, with the committee's status of each window as of a date. */
const roadmapItemJsonSchema = z.object({
  /** `1.2`, `3.1.1`, `5.2.6.3`. */
  id: z.string(),
  kind: z.enum(itemKinds),
  title: z.string(),
  /** `Срок` exactly as written. */
  period: z.string(),
  windows: z.array(dateWindowSchema),
  /** Who reports on it; empty for the committee's own items. */
  reporters: z.array(z.enum(orgTypes)),
  responsible: z.array(z.string()),
  result: z.string(),
  section: z.string(),
  committee: z.nullable(z.object({ status: z.string(), doneOn: z.nullable(isoDateSchema), evidence: z.string() })),
  /** The committee's status of each window; empty for an item the organisations report on. */
  committeeStatus: z.array(z.object({ window: z.int(), status: z.enum(roadmapStatuses), label: z.string() })),
});

/** The roadmap as JSON (design §8): what `roadmapJson` returns. */
const roadmapJsonSchema = z.object({
  /** `2023/2024`. */
  schoolYear: z.string(),
  asOf: isoDateSchema,
  items: z.array(roadmapItemJsonSchema),
});

/**
 * The `roadmap --json` document: the roadmap, where it came from (the book's tab or the built-in
 * one) and the issues of reading the tab. `profkarta schema` prints it as JSON Schema.
 */
export const roadmapDocumentSchema = z.extend(roadmapJsonSchema, {
  source: z.enum(['tab', 'builtin']),
  issues: z.array(
    z.object({
      tab: z.string(),
      cell: z.nullable(z.string()),
      severity: z.enum(['error', 'warning', 'info']),
      code: z.string(),
      message: z.string(),
    }),
  ),
});

/**
 * The `import-roadmap --json` document: the roadmap read from an order's table, the order and the
 * workbook written, and the issues of reading it by row of the table.
 */
export const importRoadmapDocumentSchema = z.extend(roadmapJsonSchema, {
  source: z.literal('order'),
  /** The order's file as given. */
  order: z.string(),
  /** The workbook written. */
  out: z.string(),
  issues: z.array(
    z.object({
      /** 1-based row of the order's table; null for the table as a whole. */
      row: z.nullable(z.int()),
      severity: z.enum(['error', 'warning', 'info']),
      code: z.string(),
      message: z.string(),
    }),
  ),
});

export type ImportRoadmapDocument = z.infer<typeof importRoadmapDocumentSchema>;
export type RoadmapJson = z.infer<typeof roadmapJsonSchema>;
export type RoadmapDocument = z.infer<typeof roadmapDocumentSchema>;
