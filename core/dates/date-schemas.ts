import * as z from 'zod/mini';

/** A calendar date as the JSON documents write it: `YYYY-MM-DD`. */
export const isoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** A closed range of calendar dates (`DateWindow`). */
export const dateWindowSchema = z.object({ start: isoDateSchema, end: isoDateSchema });
