import * as z from 'zod/mini';

/** A calendar date as the JSON documents write it: `YYYY-MM-DD`. */
export const isoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** A closed range of calendar dates (`DateWindow`). */
export const dateWindowSchema = z.object({ start: isoDateSchema, end: isoDateSchema });

/**
 * A schema's output as the core hands it on: its fields, and its lists and their items, read-only
 * (the type says so, nothing is frozen at run time).
 */
export type Frozen<T> = T extends readonly (infer E)[]
  ? readonly Frozen<E>[]
  : T extends object
    ? { readonly [K in keyof T]: Frozen<T[K]> }
    : T;
