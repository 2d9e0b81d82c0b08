import * as z from 'zod/mini';
import { dateWindowSchema } from '../dates/date-schemas';
import { type SchoolYear, schoolYearLabel } from '../dates/school-year';
import { formatIssue } from '../issues/format-issue';
import { failureProblem, type PeriodResult } from './period-result';

/**
 * The `period --json` document (design §8): the windows of one `Срок` phrase, or why it cannot be
 * read (`windows: null` and the reason). `profkarta schema` prints it as JSON Schema.
 */
export const periodJsonSchema = z.union([
  z.object({
    windows: z.array(dateWindowSchema),
    /** `2023/2024`. */
    schoolYear: z.string(),
    /** Where the school year came from: `--school-year`, the years the phrase names, or the current one. */
    schoolYearFrom: z.optional(z.enum(['argument', 'phrase', 'current'])),
    /** The phrase as given. */
    period: z.string(),
    /** What was said about the phrase read: a remark set aside (info), a window outside the school year (warning). */
    notes: z.array(z.object({ code: z.string(), severity: z.enum(['warning', 'info']), message: z.string() })),
  }),
  z.object({
    windows: z.null(),
    error: z.object({ code: z.string(), message: z.string() }),
  }),
]);

export type PeriodJson = z.infer<typeof periodJsonSchema>;

/** Where `period` took its school year: `--school-year`, the years the phrase names, or the current one. */
export type SchoolYearFrom = 'argument' | 'phrase' | 'current';

/**
 * One phrase's parse as the `period --json` document.
 *
 * @param result - `parsePeriod(text, year)`
 * @param text - the phrase
 * @param year - the school year it was read in
 * @param from - where that year came from, when it was not given
 * @example periodJson(parsePeriod('Декабрь 2023 г.', { start: 2023 }), 'Декабрь 2023 г.', { start: 2023 }).windows
 * // [{ start: '2023-12-01', end: '2023-12-31' }]
 */
export function periodJson(result: PeriodResult, text: string, year: SchoolYear, from?: SchoolYearFrom): PeriodJson {
  if (!result.ok) {
    return {
      windows: null,
      error: { code: result.reason, message: formatIssue(failureProblem(result), 'cli') },
    };
  }
  const notes = (result.notes ?? []).map((note) => ({
    code: note.code,
    severity: note.severity,
    message: formatIssue(note, 'cli'),
  }));
  const json = { windows: result.windows, schoolYear: schoolYearLabel(year), period: text, notes };
  return from ? { ...json, schoolYearFrom: from } : json;
}
