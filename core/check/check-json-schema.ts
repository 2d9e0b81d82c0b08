import * as z from 'zod/mini';
import { isoDateSchema } from '../dates/date-schemas';
import type { Severity } from '../issues/issue';
import type { OrgStatus } from './check-report';

const orgStatuses = ['submitted', 'errors', 'empty', 'missing'] as const satisfies readonly OrgStatus[];
const severities = ['error', 'warning', 'info'] as const satisfies readonly Severity[];

/**
 * The `check --json` document (design §8): the schema is its definition, `CheckJson` its type and
 * `profkarta schema` prints it as JSON Schema. Extra fields beyond the design's: name, counts, row, column.
 */
export const checkJsonSchema = z.object({
  asOf: isoDateSchema,
  orgs: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      tab: z.string(),
      status: z.enum(orgStatuses),
      errors: z.int(),
      warnings: z.int(),
    }),
  ),
  issues: z.array(
    z.object({
      /** The organisation's code; null for an issue of a committee tab. */
      org: z.nullable(z.string()),
      tab: z.string(),
      /** `B14`; null for a missing tab, section or header. */
      cell: z.nullable(z.string()),
      severity: z.enum(severities),
      code: z.string(),
      message: z.string(),
      /** 1-based row and column of `cell`. */
      row: z.nullable(z.int()),
      column: z.nullable(z.int()),
    }),
  ),
});

export type CheckJson = z.infer<typeof checkJsonSchema>;
