import * as z from 'zod/mini';
import { dateWindowSchema, type Frozen, isoDateSchema } from '../dates/date-schemas';
import type { SchoolYear } from '../dates/school-year';
import { orgTypes } from '../directory/organisation';

/** `пункт`: reported as a status row (form section 4); `мероприятие`: reported as participation (section 5). */
export const itemKinds = ['пункт', 'мероприятие'] as const;
export type ItemKind = (typeof itemKinds)[number];

/** The committee's own execution of an item (columns `Статус`, `Дата выполнения`, `Подтверждение` of the tab). */
const committeeExecutionSchema = z.object({
  status: z.string(),
  doneOn: z.nullable(isoDateSchema),
  evidence: z.string(),
});
export type CommitteeExecution = Frozen<z.infer<typeof committeeExecutionSchema>>;

/**
 * One item of the roadmap, as the roadmap tab or file is read (`readRoadmapRow`): the readers turn
 * cells into values and issues; every item they keep fits this schema, which is the type's
 * definition. An item with no reporters is the committee's own.
 */
export const roadmapItemSchema = z.object({
  /** `1.2`, `3.1.1`, `5.2.6.3`. */
  id: z.string().check(z.regex(/\S/)),
  /** The section's number and title, e.g. `3 Мониторинг состояния …`. */
  section: z.string(),
  title: z.string(),
  /** `Срок` exactly as written. */
  period: z.string(),
  /** Parsed from `period`; empty when it could not be read (and an issue says so). */
  windows: z.array(dateWindowSchema),
  responsible: z.array(z.string()),
  result: z.string(),
  kind: z.enum(itemKinds),
  reporters: z.array(z.enum(orgTypes)),
  committee: z.optional(committeeExecutionSchema),
});
export type RoadmapItem = Frozen<z.infer<typeof roadmapItemSchema>>;

export interface Roadmap {
  readonly schoolYear: SchoolYear;
  readonly items: readonly RoadmapItem[];
}

/** Status of one organisation × item window, or of a committee item, as of a date (design §5). */
export const roadmapStatuses = [
  'not_due',
  'in_progress',
  'done_on_time',
  'done_late',
  'overdue',
  'not_participating',
] as const;
export type RoadmapStatus = (typeof roadmapStatuses)[number];
