import type * as z from 'zod/mini';

/** Property keys of plain-text values the add-on keeps (document properties, else script properties). */
export const propertyKeys = {
  committeeId: 'profkarta.committeeId',
  reportsId: 'profkarta.reportsId',
} as const;

/**
 * The document's properties, or the script's when there is no document (a time-driven trigger of
 * an add-on): a bound script always has both, so the same keys work from the menu and from triggers.
 */
export function documentProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties() ?? PropertiesService.getScriptProperties();
}

/** The script's properties: the one store every path has, shared by every document the add-on runs in. */
export function scriptProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getScriptProperties();
}

/** The running user's properties (a trigger's: its installer's): for what is the user's own, such as their quota. */
export function userProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getUserProperties();
}

/** A JSON value kept under one property key, read back through its schema. */
export interface JsonProperty<S extends z.ZodMiniType> {
  readonly key: string;
  /** The value, or null when absent; a value that is not JSON or does not fit the schema is logged and counts as absent. */
  read(store?: GoogleAppsScript.Properties.Properties): z.output<S> | null;
  /** Writes the value as JSON; null deletes it. */
  write(value: z.input<S> | null, store?: GoogleAppsScript.Properties.Properties): void;
}

/**
 * A JSON property with its schema: the one way the add-on reads JSON from properties, so a value
 * damaged by hand or left by an older version is never trusted, and never crashes a job.
 *
 * @param key - the property key
 * @param schema - what a stored value must look like
 * @param defaultStore - where the value lives when a call names no store (document properties, else the script's)
 * @example jsonProperty('profkarta.tabsCursor', tabsCursorSchema).read() // { done: 50, total: 410 } | null
 */
export function jsonProperty<S extends z.ZodMiniType>(
  key: string,
  schema: S,
  defaultStore: () => GoogleAppsScript.Properties.Properties = documentProperties,
): JsonProperty<S> {
  return {
    key,
    read(store = defaultStore()) {
      const text = store.getProperty(key);
      if (!text) return null;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        console.warn(`Профкарта: свойство ${key} не JSON и пропущено: ${text.slice(0, 200)}`);
        return null;
      }
      const parsed = schema.safeParse(value);
      if (parsed.success) return parsed.data;
      const where = parsed.error.issues.map((i) => `${i.path.join('.') || 'значение'}: ${i.code}`).join('; ');
      console.warn(`Профкарта: свойство ${key} не того вида и пропущено (${where}): ${text.slice(0, 200)}`);
      return null;
    },
    write(value, store = defaultStore()) {
      if (value === null) store.deleteProperty(key);
      else store.setProperty(key, JSON.stringify(value));
    },
  };
}
